import Foundation

/// Reads the authorization code out of a redirect (`?code=…&state=…`), checking the state first.
public enum AuthorizationCallback {
    /// The code of a redirect URL, a pasted URL, or a bare query (`code=…&state=…`).
    ///
    /// Throws `OAuthError` with `isStateMismatch` when the state differs (nothing may be exchanged then),
    /// or when the server sent an error or no code.
    public static func code(fromPasted text: String, expectedState: String) throws(OAuthError) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let query: String
        if let mark = trimmed.firstIndex(of: "?") {
            query = String(trimmed[trimmed.index(after: mark)...])
        } else if trimmed.contains("=") {
            query = trimmed
        } else {
            throw OAuthError(.callbackMissingCode("paste the whole address the browser was sent to (it contains code= and state=)"))
        }
        return try code(fromQuery: query, expectedState: expectedState)
    }

    /// The code of a percent-encoded query string, checking the state.
    static func code(fromQuery query: String, expectedState: String) throws(OAuthError) -> String {
        let withoutFragment = query.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let items = queryItems(withoutFragment)
        func value(_ name: String) -> String? {
            items.first { $0.name == name }?.value
        }
        guard let state = value("state"), constantTimeEquals(state, expectedState) else {
            throw OAuthError(.stateMismatch)
        }
        if let error = value("error") {
            throw OAuthError(.authorizationDenied(code: String(error.prefix(100)), detail: value("error_description").map { String($0.prefix(300)) }))
        }
        guard let code = value("code"), !code.isEmpty else {
            throw OAuthError(.callbackMissingCode("the redirect has a state but no code"))
        }
        return code
    }

    /// The `name=value` pairs of a query, percent-decoded. The text comes from whoever sent the redirect, so it is
    /// split by hand: `URLComponents.percentEncodedQuery` stops the process on a malformed escape such as `%zz`.
    /// A pair that does not decode is left out, so it reads as missing.
    private static func queryItems(_ query: Substring) -> [(name: String, value: String)] {
        query.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts[0].removingPercentEncoding,
                  let value = (parts.count > 1 ? parts[1] : "").removingPercentEncoding else { return nil }
            return (name, value)
        }
    }

    /// Compares without stopping at the first difference, so timing does not reveal the state.
    private static func constantTimeEquals(_ a: String, _ b: String) -> Bool {
        let left = Array(a.utf8)
        let right = Array(b.utf8)
        guard left.count == right.count else { return false }
        return zip(left, right).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
