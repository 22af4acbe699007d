import Foundation

/// LlamaCloud's URLs: the default base and the data-sources collection.
enum LlamaCloudEndpoint {
    /// The path of the data-sources collection.
    static let dataSourcesPath = "/api/v1/data-sources"

    /// The base URL without a trailing slash.
    static func trimmedBase(_ base: URL) -> String {
        var text = base.absoluteString
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }

    /// Whether `base` is LlamaCloud's public API (trailing slashes ignored).
    static func isDefault(_ base: URL) -> Bool {
        trimmedBase(base) == trimmedBase(LlamaCloudClient.defaultBaseURL)
    }

    /// `BASE/api/v1/data-sources`, with `?project_id=...` (percent-encoded) when a project is given.
    static func dataSourcesURL(base: URL, projectID: String?) -> String {
        var url = trimmedBase(base) + dataSourcesPath
        if let projectID {
            url += "?project_id=" + percentEncoded(projectID)
        }
        return url
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters.
    static func percentEncoded(_ value: String) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
