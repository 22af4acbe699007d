public import ConfluenceKit
import Foundation

extension ConfluenceDataSource {
    /// The `server_url` LlamaCloud's loader expects for a site: its origin and the path Confluence lives under
    /// (`https://x.atlassian.net/wiki`, `https://dc.example.com/confluence`), never a page's address.
    public static func serverURL(for site: Site) -> String {
        site.root.absoluteString + site.contextPath
    }

    /// The `server_url` an address a person typed stands for: read as a site address is (`SiteAddress`), without trailing
    /// slashes, and with `/wiki` after a Cloud domain (`https://x.atlassian.net`) that names no path, where its API lives.
    public static func serverURL(typed text: String) throws(ConfluenceError) -> String {
        var url = try SiteAddress.parse(text).absoluteString
        while url.hasSuffix("/") { url.removeLast() }
        if let components = URLComponents(string: url), components.path.isEmpty,
           components.host?.lowercased().hasSuffix(".atlassian.net") == true {
            url += "/wiki"
        }
        return url
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
