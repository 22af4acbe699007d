public import Foundation

/// A Confluence deployment the client talks to: Cloud by site URL, Cloud through the API gateway, or Data Center.
public struct Site: Hashable, Sendable, CustomStringConvertible {
    /// Which family of APIs the deployment offers.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
        /// Confluence Cloud: REST v2 plus v1 under `/wiki`.
        case cloud
        /// Confluence Data Center or Server: `/rest/api` under an optional context path.
        case dataCenter

        /// The kind as people name it: Cloud or Data Center.
        public var description: String { self == .cloud ? "Cloud" : "Data Center" }

        /// The kind as `--json` outputs and `accounts.json` name it: `cloud` or `data_center` (see `Site.jsonKindName`).
        public var jsonName: String { self == .cloud ? "cloud" : "data_center" }
    }

    /// The site's kind as every `--json` output and `accounts.json` name it: `cloud`, `cloud_gateway` (reached through
    /// the API gateway by cloudId) or `data_center`.
    public var jsonKindName: String { cloudId == nil ? kind.jsonName : "cloud_gateway" }

    /// The family of APIs.
    public let kind: Kind
    /// Scheme, host, port and any mount prefix in front of the context path
    /// (`https://x.atlassian.net`, `https://api.atlassian.com/ex/confluence/ID`, `https://dc.example.com`).
    public let root: URL
    /// The path Confluence lives under below `root`: `/wiki` on Cloud, the context path (or empty) on Data Center.
    public let contextPath: String
    /// The cloudId when the site is reached through the API gateway.
    public let cloudId: String?

    /// Cloud reached by its own domain, e.g. `https://x.atlassian.net` (a trailing `/wiki` is accepted).
    public static func cloud(_ url: URL) throws(ConfluenceError) -> Site {
        let parts = try SiteURLParts(url)
        return Site(kind: .cloud, root: parts.origin, contextPath: "/wiki", cloudId: nil)
    }

    /// Cloud reached through the API gateway by cloudId: `{gateway}/ex/confluence/{cloudId}/wiki/...`.
    public static func cloudGateway(cloudId: String, gateway: URL = URL(string: "https://api.atlassian.com")!) throws(ConfluenceError) -> Site {
        let trimmed = cloudId.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
            throw ConfluenceError.invalidSite("the cloudId \"\(cloudId)\" is not a cloud id (letters, digits and dashes)")
        }
        let parts = try SiteURLParts(gateway)
        guard let root = URL(string: parts.origin.absoluteString + parts.path + "/ex/confluence/" + trimmed) else {
            throw ConfluenceError.invalidSite("the gateway \(gateway.absoluteString) cannot be combined with a cloudId")
        }
        return Site(kind: .cloud, root: root, contextPath: "/wiki", cloudId: trimmed)
    }

    /// Data Center reached at its base URL, whose path is the context path (`https://host/confluence`).
    public static func dataCenter(_ url: URL) throws(ConfluenceError) -> Site {
        let parts = try SiteURLParts(url)
        return Site(kind: .dataCenter, root: parts.origin, contextPath: parts.path, cloudId: nil)
    }

    /// Reads a site from user input; an `atlassian.net` host means Cloud unless `kind` says otherwise.
    public static func detect(_ text: String, kind: Kind? = nil) throws(ConfluenceError) -> Site {
        let url = try SiteAddress.parse(text)
        let isCloudHost = url.host?.lowercased().hasSuffix(".atlassian.net") ?? false
        switch kind ?? (isCloudHost ? .cloud : .dataCenter) {
        case .cloud: return try cloud(url)
        case .dataCenter: return try dataCenter(url)
        }
    }

    /// The address a person would recognise, used in messages: `https://x.atlassian.net`, or the gateway root.
    public var description: String {
        kind == .dataCenter ? root.absoluteString + contextPath : root.absoluteString
    }

    /// The URL of a path below the context path, with an already percent-encoded query.
    func url(_ path: String, query: QueryItems = QueryItems()) -> URL {
        var components = URLComponents(url: root, resolvingAgainstBaseURL: false)!
        components.percentEncodedPath = components.percentEncodedPath + contextPath + path
        components.percentEncodedQuery = query.isEmpty ? nil : query.encoded
        return components.url!
    }

    /// Resolves a next-page link as servers write them: absolute, relative to the host's Confluence root
    /// (`/wiki/api/v2/...`), or relative to the context (`/rest/api/...`).
    func resolve(link: String) -> URL? {
        let trimmed = link.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if let absolute = URL(string: trimmed), absolute.scheme != nil {
            guard absolute.host?.lowercased() == root.host?.lowercased() else {
                return resolve(link: absolute.relativePathAndQuery)
            }
            return absolute
        }
        let relative = trimmed.hasPrefix("/") ? trimmed : "/" + trimmed
        let underContext = !contextPath.isEmpty && (relative == contextPath || relative.hasPrefix(contextPath + "/"))
        return URL(string: root.absoluteString + (underContext ? "" : contextPath) + relative)
    }
}

/// The pieces of a site URL that `SiteAddress` accepts: origin (with any path) and a normalised path.
private struct SiteURLParts {
    let origin: URL
    let path: String

    init(_ url: URL) throws(ConfluenceError) {
        try SiteAddress.check(url)
        let written = URLComponents(url: url, resolvingAgainstBaseURL: false)
        var components = URLComponents()
        components.scheme = url.scheme?.lowercased()
        // As written: an IPv6 literal keeps its brackets (`[::1]`), without which no URL can be made of it.
        components.percentEncodedHost = written?.percentEncodedHost
        components.port = url.port
        guard let origin = components.url else {
            throw ConfluenceError.invalidSite("\(url.absoluteString) is not a usable site URL")
        }
        // Kept percent-encoded: requests are built on it as encoded text (`/my%20wiki`, never `/my wiki`).
        var path = written?.percentEncodedPath ?? ""
        while path.hasSuffix("/") { path.removeLast() }
        for suffix in ["/rest/api", "/api/v2"] where path.lowercased().hasSuffix(suffix) {
            path.removeLast(suffix.count)
        }
        self.origin = origin
        self.path = path
    }
}

extension URL {
    /// The path and query of an absolute URL, as a host-relative reference.
    var relativePathAndQuery: String {
        let components = URLComponents(url: self, resolvingAgainstBaseURL: false)
        let path = components?.percentEncodedPath ?? path
        guard let query = components?.percentEncodedQuery else { return path }
        return path + "?" + query
    }
}
