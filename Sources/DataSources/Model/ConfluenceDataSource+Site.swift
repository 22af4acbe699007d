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

    /// This component read through another site and user: `template`'s server URL, authentication mechanism and user,
    /// with what this one selects and asks the loader kept, and no secret.
    public func moved(onto template: ConfluenceDataSource) -> ConfluenceDataSource {
        var moved = self
        moved.serverURL = template.serverURL
        moved.authenticationMechanism = template.authenticationMechanism
        moved.userName = template.userName
        moved.apiToken = nil
        return moved
    }

    /// Whether this component reads `template`'s site as its user, as one saved from it does.
    public func reads(like template: ConfluenceDataSource) -> Bool {
        Self.isSameServer(serverURL, template.serverURL) && userName == template.userName
            && authenticationMechanism == template.authenticationMechanism
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
