public import Foundation

/// One authorization attempt: the URL the browser opens, and the state the callback must echo.
public struct AuthorizationRequest: Hashable, Sendable {
    /// The authorize URL to open in the browser (and print).
    public let url: URL
    /// The random state; a callback carrying another state is refused.
    public let state: String
    /// The redirect URI sent, which the code exchange must repeat.
    public let redirectURI: URL

    /// Creates a request.
    public init(url: URL, state: String, redirectURI: URL) {
        self.url = url
        self.state = state
        self.redirectURI = redirectURI
    }
}
