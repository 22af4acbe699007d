import ConfluenceKit

/// The space a mistyped key most likely meant: the one whose key differs from it only in case.
enum SpaceKeyHint {
    /// `error` with the suggestion when it says the site has no space `key` and a space matches it but for case; any
    /// other error as it is.
    static func hinting(_ error: ConfluenceError, for key: String, client: ConfluenceClient) async -> any Error {
        guard error.kind == .notFound, let hint = await suggestion(for: key, client: client) else { return error }
        return HintedError(error: error, hint: hint)
    }

    /// `did you mean ENG?` when the site has a space whose key matches `key` but for case, else nil; a failed listing
    /// gives no hint, as the hint only adds to the error already said.
    static func suggestion(for key: String, client: ConfluenceClient) async -> String? {
        do {
            for try await space in client.spaces() {
                if let hint = suggestion(for: key, among: [space]) { return hint }
            }
        } catch {
            return nil
        }
        return nil
    }

    /// `did you mean ENG?` when one of `spaces` has a key that matches `key` but for case, else nil.
    static func suggestion(for key: String, among spaces: [Space]) -> String? {
        spaces.first { $0.key != key && $0.key.lowercased() == key.lowercased() }.map { "did you mean \($0.key)?" }
    }
}
