import ConfluenceKit

/// A site's refusal (401) or missing route (404) when the site was taken for Data Center (an address not at
/// `atlassian.net` that gave no cloudId), with the flag that corrects the guess for a Cloud site that hides its cloudId.
struct GuessedSiteKindError: Error, CustomStringConvertible {
    /// The site's answer.
    let error: ConfluenceError
    /// Why the site's kind could not be checked, when its cloudId was asked for and no answer came to go by.
    var unchecked: String?

    /// The REST API's roots and collections below `/rest/api`, which every Data Center site has whatever it holds.
    private static let apiRoots: Set<String> = ["space", "search", "content", "content/search", "user/current"]

    /// Whether `error` may come from taking a Cloud site for Data Center: a 401, or a 404 for one of the API's roots
    /// or collections (a Data Center site lacks none), but not a 404 for a page or space the command named.
    static func mayExplain(_ error: ConfluenceError) -> Bool {
        switch error.status {
        case 401: true
        case 404: error.target.map(isAPIRoot) ?? false
        default: false
        }
    }

    /// Whether the request target (path and query, after any context path) asks for one of `apiRoots`.
    private static func isAPIRoot(_ target: String) -> Bool {
        let path = target.prefix { $0 != "?" && $0 != "#" }
        guard let api = path.range(of: "/rest/api/", options: .backwards) else { return false }
        return apiRoots.contains(String(path[api.upperBound...]))
    }

    var description: String {
        let why = unchecked.map { "its cloudId could not be asked for (\($0))" } ?? "it gave no cloudId"
        return "\(error) (the site was taken for Data Center, as its address is not at atlassian.net and \(why); "
            + "pass --kind cloud if it is a Cloud site)"
    }
}
