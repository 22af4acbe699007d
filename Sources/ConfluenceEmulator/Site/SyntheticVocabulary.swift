/// Word lists the synthetic site draws titles, labels, names and body text from.
enum SyntheticVocabulary {
    static let teams = ["Platform", "Payments", "Search", "Identity", "Mobile", "Data", "Infrastructure", "Billing",
                        "Growth", "Security", "Frontend", "Analytics", "Messaging", "Storage", "Observability",
                        "Checkout", "Onboarding", "Compliance", "Support", "Release"]
    static let subjects = ["API gateway", "ingest pipeline", "cache layer", "login flow", "rate limiter", "schema migration",
                           "feature flags", "audit log", "deploy tooling", "alerting", "index rebuild", "token refresh",
                           "queue consumers", "backup jobs", "read replicas", "CDN config", "SSO integration",
                           "webhooks", "export service", "cost dashboard", "load balancer", "on-call rotation",
                           "retry policy", "search ranking", "notification service", "billing reconciliation"]
    static let documentKinds = ["Design doc", "Runbook", "Postmortem", "RFC", "How-to", "Decision record",
                                "Onboarding guide", "Architecture overview", "Troubleshooting", "FAQ", "Retrospective",
                                "Requirements", "Test plan", "Capacity plan"]
    static let labels = ["runbook", "design", "meeting-notes", "release-notes", "postmortem", "rfc", "onboarding",
                         "architecture", "how-to", "decision", "api", "security", "performance", "incident",
                         "roadmap", "q1", "q2", "q3", "q4", "draft", "approved", "deprecated", "team", "oncall",
                         "database", "frontend", "backend", "mobile", "infra", "customer", "compliance", "testing",
                         "monitoring", "kb", "faq", "migration", "planning", "retro", "metrics", "archive"]
    static let firstNames = ["Alice", "Bob", "Chen", "Dana", "Emeka", "Fatima", "Gustav", "Hana", "Ivan", "Jia",
                             "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tomoko"]
    static let lastNames = ["Nakamura", "Okafor", "Schmidt", "Garcia", "Kim", "Larsen", "Silva", "Novak", "Haddad",
                            "Fischer", "Moreau", "Kowalski"]
    static let words = ["service", "request", "latency", "deploy", "cluster", "replica", "shard", "token", "client",
                        "server", "timeout", "retry", "queue", "worker", "metric", "alert", "dashboard", "config",
                        "schema", "index", "query", "cache", "budget", "owner", "review", "rollout", "canary",
                        "region", "failover", "backup", "restore", "storage", "throughput", "error", "budget",
                        "incident", "customer", "release", "branch", "pipeline", "build", "artifact", "version",
                        "endpoint", "payload", "header", "cursor", "limit", "page", "space", "label", "search",
                        "the", "a", "of", "to", "and", "in", "for", "with", "on", "we", "should", "when", "after",
                        "before", "every", "each", "not", "must", "can", "will", "is", "are", "this", "that"]
    static let languages = ["swift", "python", "bash", "sql", "java", "yaml", "json", "go"]
    static let attachmentNames = [("architecture.png", "image/png"), ("diagram.svg", "image/svg+xml"),
                                  ("notes.pdf", "application/pdf"), ("export.csv", "text/csv"),
                                  ("screenshot.jpg", "image/jpeg"), ("config.yaml", "application/x-yaml")]
}
