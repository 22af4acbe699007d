/// The authorization server's and gateway's OAuth paths the emulator serves on Cloud.
enum OAuthEndpoint: Sendable {
    /// `GET /authorize`: the consent screen, auto-approved.
    case authorize
    /// `POST /oauth/token`: code exchange and refresh.
    case token
    /// `GET /oauth/token/accessible-resources`: the sites a token reaches.
    case accessibleResources

    /// The endpoint at `path`, if it is one.
    init?(path: String) {
        switch path {
        case "/authorize": self = .authorize
        case "/oauth/token": self = .token
        case "/oauth/token/accessible-resources": self = .accessibleResources
        default: return nil
        }
    }
}
