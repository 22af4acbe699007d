/// Removes secrets from request targets before they reach events or error messages.
enum SecretRedactor {
    /// Query parameters whose values are secrets wherever they appear.
    static let secretParameterNames: Set<String> = [
        "token", "access_token", "refresh_token", "api_token", "apitoken", "password", "secret",
        "client_secret", "code", "jwt", "os_password", "signature", "sig",
    ]

    /// The target with the value of every secret-looking query parameter replaced by `REDACTED`.
    static func redactQuery(_ target: String) -> String {
        guard let questionMark = target.firstIndex(of: "?") else { return target }
        let path = target[..<questionMark]
        let query = target[target.index(after: questionMark)...]
        let redacted = query.split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, secretParameterNames.contains(parts[0].lowercased()) else { return String(pair) }
            return parts[0] + "=REDACTED"
        }
        return path + "?" + redacted.joined(separator: "&")
    }
}
