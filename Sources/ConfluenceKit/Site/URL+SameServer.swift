public import Foundation

extension URL {
    /// `path` on this URL's scheme, host (an IPv6 literal keeps its brackets) and port, with no user, password, query or
    /// fragment: an address safe to show, or to ask the same server something else at; nil when it names no host.
    public func onSameServer(path: String) -> URL? {
        guard var components = URLComponents(url: self, resolvingAgainstBaseURL: false), components.host?.isEmpty == false else {
            return nil
        }
        components.user = nil
        components.password = nil
        components.query = nil
        components.fragment = nil
        components.path = path
        return components.url
    }
}
