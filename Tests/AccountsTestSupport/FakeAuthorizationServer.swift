public import ConfluenceKit
public import Accounts
public import Foundation
import LocalStore

/// A stand-in for Atlassian's token endpoint whose state lives in a file, so several processes share it.
///
/// It issues `access-N` / `refresh-N` pairs, rotates refresh tokens on every refresh, and treats the
/// reuse of a spent refresh token as Atlassian does: the whole family is revoked and `invalid_grant` returned.
public struct FakeAuthorizationServer: Sendable {
    /// The state file.
    public let stateURL: URL
    /// The code that `authorization_code` accepts.
    public let validCode: String
    /// The lifetime of issued access tokens, in seconds.
    public let accessTokenLifetime: Int
    /// The accessible resources answered.
    public let resources: [AccessibleResource]
    private let lock: FileLock

    struct State: Codable {
        var counter = 0
        var live: [String] = []
        var spent: [String] = []
        var revoked = false
        var refreshCalls = 0
    }

    /// Creates a server whose state is `stateURL` (created on first use).
    public init(stateURL: URL, validCode: String = "the-code", accessTokenLifetime: Int = 3600, resources: [AccessibleResource] = []) {
        self.stateURL = stateURL
        self.validCode = validCode
        self.accessTokenLifetime = accessTokenLifetime
        self.resources = resources
        self.lock = FileLock(url: stateURL.appendingPathExtension("lock"))
    }

    /// Issues a first grant directly (as a finished login would), returning its refresh token.
    public func seed() async throws -> (access: String, refresh: String) {
        try await mutate { state in Self.issue(&state) }
    }

    /// How many refresh requests arrived, successful or not.
    public func refreshCalls() throws -> Int {
        try load().refreshCalls
    }

    /// Whether the refresh token is live (not spent, not revoked).
    public func isLive(_ refreshToken: String) throws -> Bool {
        try load().live.contains(refreshToken)
    }

    /// Answers one request like Atlassian's token and accessible-resources endpoints.
    public func handle(_ request: HTTPRequest) async throws -> HTTPResponse {
        if request.url.path.hasSuffix("/oauth/token/accessible-resources") {
            let body = try JSONEncoder().encode(resources)
            return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: body)
        }
        guard request.method == .post, request.url.path.hasSuffix("/oauth/token"),
              let body = request.body,
              let fields = try? JSONSerialization.jsonObject(with: body) as? [String: String] else {
            return Self.refusal(400, "invalid_request")
        }
        guard fields["client_id"] == "client-id", fields["client_secret"] == "client-secret" else {
            return Self.refusal(401, "access_denied")
        }
        switch fields["grant_type"] {
        case "authorization_code":
            guard fields["code"] == validCode else { return Self.refusal(403, "invalid_grant") }
            let (access, refresh) = try await mutate { Self.issue(&$0) }
            return grant(access: access, refresh: refresh)
        case "refresh_token":
            let token = fields["refresh_token"] ?? ""
            let outcome: (String, String)? = try await mutate { state in
                state.refreshCalls += 1
                if state.revoked { return nil }
                if let index = state.live.firstIndex(of: token) {
                    state.live.remove(at: index)
                    state.spent.append(token)
                    return Self.issue(&state)
                }
                if state.spent.contains(token) {
                    state.revoked = true
                    state.live.removeAll()
                }
                return nil
            }
            guard let (access, refresh) = outcome else { return Self.refusal(403, "invalid_grant") }
            return grant(access: access, refresh: refresh)
        default:
            return Self.refusal(400, "unsupported_grant_type")
        }
    }

    private func grant(access: String, refresh: String) -> HTTPResponse {
        HTTPResponse(text: """
        {"access_token":"\(access)","refresh_token":"\(refresh)","expires_in":\(accessTokenLifetime),"scope":"read:page:confluence offline_access","token_type":"Bearer"}
        """)
    }

    private static func refusal(_ status: Int, _ code: String) -> HTTPResponse {
        HTTPResponse(status: status, text: "{\"error\":\"\(code)\",\"error_description\":\"refused by the fake server\"}")
    }

    private static func issue(_ state: inout State) -> (String, String) {
        state.counter += 1
        let refresh = "refresh-\(state.counter)"
        state.live.append(refresh)
        return ("access-\(state.counter)", refresh)
    }

    private func load() throws -> State {
        guard let data = try? Data(contentsOf: stateURL) else { return State() }
        return try JSONDecoder().decode(State.self, from: data)
    }

    private func mutate<T>(_ change: (inout State) -> T) async throws -> T {
        try await lock.withLock {
            var state = try load()
            let result = change(&state)
            try AtomicFile.write(JSONEncoder().encode(state), to: stateURL, mode: 0o600)
            return result
        }
    }
}
