/// Display names of users, fetched at most once per identifier and shared by every caller of one site.
///
/// A user the site does not know is remembered as unknown. A lookup that fails otherwise (after the client's own
/// retries) leaves its user unnamed and pauses every lookup for `failurePause`, so a user endpoint that keeps failing
/// costs a full pass one failed lookup, not one per page; after the pause a call asks again.
public actor UserNameDirectory {
    /// What one lookup found.
    private enum Lookup {
        case named(String)
        /// The site does not know the user, or gives no name.
        case unknown
        case failed(ConfluenceError)
    }

    private let client: ConfluenceClient
    /// Every lookup started, finished or not, so concurrent callers share one request per user; a failed one is removed.
    private var lookups: [UserIdentifier: Task<Lookup, Never>] = [:]
    /// Users asked for that could not be named because a lookup failed or was paused.
    private var unnamed: Set<UserIdentifier> = []
    /// The last failure, and when it was met.
    private var failure: (error: ConfluenceError, at: ContinuousClock.Instant)?

    /// Creates a directory that looks users up through `client`.
    public init(client: ConfluenceClient) {
        self.client = client
    }

    /// How long after a failed lookup no user is asked for.
    public static var failurePause: Duration { .seconds(60) }

    /// The last lookup failure, if any: why `unnamedCount` users show without their names.
    public var lastFailure: ConfluenceError? { failure?.error }

    /// How many users asked for are unnamed because their lookup failed (a user the site does not know is not counted).
    public var unnamedCount: Int { unnamed.count }

    /// The display names of `identifiers` that the site knows, fetching the ones not asked for before concurrently.
    public func names(for identifiers: Set<UserIdentifier>) async -> [UserIdentifier: String] {
        let paused = failure.map { ContinuousClock.now - $0.at < Self.failurePause } ?? false
        var asked: [(UserIdentifier, Task<Lookup, Never>)] = []
        for identifier in identifiers {
            if let lookup = lookups[identifier] {
                asked.append((identifier, lookup))
            } else if paused {
                unnamed.insert(identifier)
            } else {
                let client = self.client
                let lookup = Task { await Self.lookUp(identifier, client) }
                lookups[identifier] = lookup
                asked.append((identifier, lookup))
            }
        }
        var names: [UserIdentifier: String] = [:]
        for (identifier, lookup) in asked {
            switch await lookup.value {
            case .named(let name):
                names[identifier] = name
                unnamed.remove(identifier)
            case .unknown:
                unnamed.remove(identifier)
            case .failed(let error):
                if lookups[identifier] == lookup { lookups[identifier] = nil }
                unnamed.insert(identifier)
                failure = (error, ContinuousClock.now)
            }
        }
        return names
    }

    private static func lookUp(_ identifier: UserIdentifier, _ client: ConfluenceClient) async -> Lookup {
        do {
            let user = try await client.user(identifier)
            guard let name = user.displayName, !name.isEmpty else { return .unknown }
            return .named(name)
        } catch {
            return error.kind == .notFound ? .unknown : .failed(error)
        }
    }
}
