public import Foundation

/// The one reading of a site address, whoever gives it (`--site`, `CONFLUENCE_URL`, `accounts add`, the browser's
/// account form, `--server-url`): http or https, a host, a port from 1 to 65535, and no user name or password.
///
/// - Note: a user name and password are refused rather than dropped, and the refusal never repeats them, so a secret
///   typed into the address is neither stored nor echoed; of a page's address pasted whole, the query, the fragment and
///   the path from Confluence's own pages on are dropped, since they are no part of the site.
public enum SiteAddress {
    /// The site `text` names: trimmed, with `https://` in front when it names no scheme, without query or fragment, its
    /// path cut before the first segment of Confluence's own pages (`/wiki/spaces/ENG/pages/1/Title` is `/wiki`,
    /// `/confluence/display/ENG/Home` is `/confluence`) and without repeated or trailing slashes, its scheme and host in
    /// lower case and without the port its scheme implies, so one site has one spelling.
    public static func parse(_ text: String) throws(ConfluenceError) -> URL {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw ConfluenceError.invalidSite("the site address is empty") }
        guard let url = URL(string: trimmed.contains("://") ? trimmed : "https://" + trimmed),
              var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            throw ConfluenceError.invalidSite("\(shown(trimmed)) is not a URL")
        }
        components.query = nil
        components.fragment = nil
        var segments = components.percentEncodedPath.split(separator: "/", omittingEmptySubsequences: false)
        if let page = segments.firstIndex(where: { pageSegments.contains($0.lowercased()) }) {
            segments = Array(segments[..<page])
        }
        // One spelling of one site: the scheme and host in lower case, no repeated or trailing slash, no port the scheme
        // implies.
        if let first = segments.first { segments = [first] + segments.dropFirst().filter { !$0.isEmpty } }
        components.percentEncodedPath = segments.joined(separator: "/")
        components.scheme = components.scheme?.lowercased()
        components.percentEncodedHost = components.percentEncodedHost?.lowercased()
        if let port = components.port, port == ["https": 443, "http": 80][components.scheme ?? ""] { components.port = nil }
        guard let site = components.url else { throw ConfluenceError.invalidSite("\(shown(trimmed)) is not a URL") }
        try check(site)
        return site
    }

    /// The first path segments of Confluence's own pages and APIs, where a site's address ends: spaces, pages by key or
    /// id, short links, plugins, labels, the REST API and Cloud's home.
    private static let pageSegments: Set<String> = ["spaces", "display", "pages", "x", "plugins", "label", "rest", "home"]

    /// Throws the sentence of the first rule `url` breaks (see the type's rules).
    public static func check(_ url: URL) throws(ConfluenceError) {
        if let problem = problem(with: url) { throw ConfluenceError.invalidSite(problem) }
    }

    /// The first rule `url` breaks, as a sentence that never holds its user name or password; nil when it is usable.
    public static func problem(with url: URL) -> String? {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            return "\(shown(url.absoluteString)) is not a URL"
        }
        if components.user != nil || components.password != nil {
            return "the site address holds a user name or password; give the user and the secret separately, never in the address"
        }
        let address = url.absoluteString
        guard let scheme = components.scheme?.lowercased(), scheme == "https" || scheme == "http" else {
            return "\(address) is not an http or https URL"
        }
        guard let host = components.host, !host.isEmpty else { return "\(address) has no host" }
        if let port = components.port, !(1...65535).contains(port) {
            return "the port \(port) of \(address) is not one from 1 to 65535"
        }
        return nil
    }

    /// A warning that `url` would carry the secret unencrypted: plain http to a host other than this machine's loopback
    /// (`localhost`, `127.0.0.1`, `::1`, where an emulator or a tunnel listens); nil for https and for loopback.
    public static func clearTextWarning(for url: URL) -> String? {
        guard url.scheme?.lowercased() == "http", var host = url.host?.lowercased() else { return nil }
        if host.hasSuffix(".") { host.removeLast() }  // `localhost.` is `localhost`
        let loopback = host == "localhost" || host.hasSuffix(".localhost") || host == "::1" || host == "[::1]"
            || isIPv4Loopback(host)
        guard !loopback else { return nil }
        return "\(shown(url.absoluteString)) is plain http: the secret would cross the network unencrypted; use https:// unless "
            + "the site is only reachable this way"
    }

    /// Whether `host` is an IPv4 address of 127.0.0.0/8 written out (`127.attacker.example` is a name, not one).
    private static func isIPv4Loopback(_ host: String) -> Bool {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// `text` without any `user:password@` part, safe to show: everything after the scheme up to the last `@` is left
    /// out, since a password may hold `/`, `?`, `#` or `:` and the address may name no scheme (over-hiding is harmless).
    public static func shown(_ text: String) -> String {
        let start = text.range(of: "://")?.upperBound ?? text.startIndex
        guard let at = text[start...].lastIndex(of: "@") else { return text }
        return String(text[..<start]) + String(text[text.index(after: at)...])
    }
}
