/// Display names of users, fetched at most once per identifier and shared by every caller of one site.
///
/// A user the site does not know is remembered as unknown; any other failure is not, so a later call asks again.
public actor UserNameDirectory {
    private let client: ConfluenceClient
    private var known: [UserIdentifier: String?] = [:]

    /// Creates a directory that looks users up through `client`.
    public init(client: ConfluenceClient) {
        self.client = client
    }

    /// The display names of `identifiers` that the site knows, fetching the ones not asked for before concurrently.
    public func names(for identifiers: Set<UserIdentifier>) async -> [UserIdentifier: String] {
        let missing = identifiers.filter { known[$0] == nil }
        if !missing.isEmpty {
            let client = self.client
            let fetched = await withTaskGroup(of: (UserIdentifier, String??).self) { group in
                for identifier in missing {
                    group.addTask { (identifier, await Self.lookUp(identifier, client)) }
                }
                return await group.reduce(into: [(UserIdentifier, String??)]()) { $0.append($1) }
            }
            for (identifier, name) in fetched {
                if let name { known[identifier] = name }
            }
        }
        return identifiers.reduce(into: [:]) { result, identifier in
            if let name = known[identifier] ?? nil { result[identifier] = name }
        }
    }

    /// `.some(name)` or `.some(nil)` for a user the site does not know; nil when the answer should not be kept.
    private static func lookUp(_ identifier: UserIdentifier, _ client: ConfluenceClient) async -> String?? {
        do {
            let user = try await client.user(identifier)
            return .some(user.displayName.flatMap { $0.isEmpty ? nil : $0 })
        } catch {
            return error.kind == .notFound ? .some(nil) : nil
        }
    }
}
