/// How a request names one user: a Cloud account id, or a Data Center user key or user name.
public enum UserIdentifier: Hashable, Sendable {
    case accountId(String)
    case userKey(String)
    case username(String)

    /// The query parameter `/rest/api/user` takes for this identifier.
    var query: (name: String, value: String) {
        switch self {
        case .accountId(let id): ("accountId", id)
        case .userKey(let key): ("key", key)
        case .username(let name): ("username", name)
        }
    }
}
