/// Where a rendered request gets the Confluence `api_token` from.
enum SecretSource: Hashable, Sendable {
    /// Left out of the request entirely.
    case omitted
    /// Read from an environment variable when the exported code runs.
    case environment(String)
    /// Embedded as a literal value (only with `includeSecrets`).
    case embedded(String)
}
