/// Holds the fault rules of a running emulator and decides, deterministically for a seed and request order,
/// which faults hit each request. Tests add and remove rules while the server runs.
public actor FaultInjector {
    private struct Entry {
        let id: FaultRuleID
        let rule: FaultRule
        var fired = 0
        var bucket: TokenBucket?
    }

    private var entries: [Entry] = []
    private var random: SeededRandom
    private var nextID = 0

    /// An injector with the given starting rules and seed.
    public init(rules: [FaultRule] = [], seed: UInt64 = 1) {
        random = SeededRandom(seed: seed)
        entries = rules.enumerated().map { Self.entry(FaultRuleID(value: $0.offset + 1), $0.element) }
        nextID = rules.count
    }

    private static func entry(_ id: FaultRuleID, _ rule: FaultRule) -> Entry {
        var entry = Entry(id: id, rule: rule)
        if case .rateLimit(let rate, let burst) = rule.fault {
            entry.bucket = TokenBucket(rate: rate, capacity: burst, now: .now)
        }
        return entry
    }

    /// Adds a rule; returns its id for `remove(_:)`.
    @discardableResult
    public func add(_ rule: FaultRule) -> FaultRuleID {
        nextID += 1
        let id = FaultRuleID(value: nextID)
        entries.append(Self.entry(id, rule))
        return id
    }

    /// Removes a rule added before.
    public func remove(_ id: FaultRuleID) {
        entries.removeAll { $0.id == id }
    }

    /// Removes every rule.
    public func removeAll() {
        entries.removeAll()
    }

    /// How many requests a rule has affected so far.
    public func firedCount(_ id: FaultRuleID) -> Int {
        entries.first { $0.id == id }?.fired ?? 0
    }

    /// Decides the faults for a request to `path`.
    func decide(path: String) -> FaultDecision {
        var decision = FaultDecision()
        let now = ContinuousClock.now
        for index in entries.indices where entries[index].rule.matches(path: path) {
            let rule = entries[index].rule
            if let times = rule.times, entries[index].fired >= times { continue }
            if case .rateLimit(_, let burst) = rule.fault {
                guard var bucket = entries[index].bucket else { continue }
                let outcome = bucket.take(now: now)
                entries[index].bucket = bucket
                decision.rateLimitHeaders = [
                    ("X-RateLimit-Limit", String(burst)),
                    ("X-RateLimit-Remaining", String(outcome.remaining)),
                    ("X-RateLimit-NearLimit", outcome.remaining * 5 < burst ? "true" : "false"),
                ]
                if !outcome.allowed, decision.rejection == nil {
                    decision.rejection = .rateLimited(retryAfter: outcome.retryAfter)
                    decision.rateLimitHeaders.append(("Retry-After", String(outcome.retryAfter)))
                    decision.rateLimitHeaders.append(("X-RateLimit-Reset", Timestamp(
                        secondsSince1970: currentUnixSeconds() + outcome.retryAfter).iso8601))
                    entries[index].fired += 1
                    decision.applied.append(rule.fault.name)
                }
                continue
            }
            guard rule.probability >= 1 || random.unit() < rule.probability else { continue }
            var fired = true
            switch rule.fault {
            case .latency(let milliseconds, let jitter):
                decision.delayMilliseconds += milliseconds + (jitter > 0 ? random.int(in: 0...jitter) : 0)
            case .serverError(let rate, let status):
                if decision.rejection == nil, random.unit() < rate {
                    decision.rejection = .serverError(status: status)
                } else {
                    fired = false
                }
            case .resetMidBody:
                decision.bodyMode = .resetMidBody
            case .truncatedBody:
                decision.bodyMode = .truncated
            case .slowBody(let chunk, let delay):
                decision.bodyMode = .slow(chunkBytes: max(1, chunk), delayMilliseconds: max(0, delay))
            case .repeatingCursor:
                decision.repeatCursor = true
            case .rateLimit:
                fired = false
            }
            if fired {
                entries[index].fired += 1
                decision.applied.append(rule.fault.name)
            }
        }
        return decision
    }
}
