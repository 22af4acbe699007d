public import ConfluenceKit

extension ConfluenceDataSource {
    /// The `server_url` LlamaCloud's loader expects for a site: its origin and the path Confluence lives under
    /// (`https://x.atlassian.net/wiki`, `https://dc.example.com/confluence`), never a page's address.
    public static func serverURL(for site: Site) -> String {
        site.root.absoluteString + site.contextPath
    }

    /// The server URL to show a person: any user name or password a hand-edited file put in it left out.
    public var shownServerURL: String { SiteAddress.shown(serverURL) }

    /// Whether two server URLs name the same site, ignoring case and trailing slashes.
    public static func isSameServer(_ first: String, _ second: String) -> Bool {
        func normalized(_ url: String) -> String {
            var text = url.lowercased()
            while text.hasSuffix("/") { text.removeLast() }
            return text
        }
        return normalized(first) == normalized(second)
    }
}
