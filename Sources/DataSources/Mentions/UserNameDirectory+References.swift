public import ConfluenceKit
public import StorageFormat

extension UserNameDirectory {
    /// The display names of the users `references` name, looked up as the site of `kind` knows them (Cloud by account
    /// id alone); a reference the site cannot name is left out.
    public func names(of references: Set<UserRef>, on kind: Site.Kind) async -> [UserRef: String] {
        let byIdentifier = Dictionary(grouping: references) { Self.identifier(of: $0, on: kind) }
        let names = await names(for: Set(byIdentifier.keys.compactMap { $0 }))
        var result: [UserRef: String] = [:]
        for (identifier, name) in names {
            for reference in byIdentifier[identifier] ?? [] { result[reference] = name }
        }
        return result
    }

    /// How the site's user lookup names a storage-format user reference: Cloud knows account ids only.
    private static func identifier(of reference: UserRef, on kind: Site.Kind) -> UserIdentifier? {
        switch kind {
        case .cloud: reference.accountId.map(UserIdentifier.accountId)
        case .dataCenter: reference.userKey.map(UserIdentifier.userKey) ?? reference.username.map(UserIdentifier.username)
        }
    }
}
