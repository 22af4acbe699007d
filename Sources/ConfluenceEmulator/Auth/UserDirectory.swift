public import Foundation

/// The accounts an emulator accepts; loads `--users FILE` (a JSON array of users).
public struct UserDirectory: Sendable {
    /// Every account, the demo account first unless replaced.
    public var users: [EmulatorUser]

    /// A directory of the given accounts.
    public init(users: [EmulatorUser] = [.demo]) {
        self.users = users
    }

    /// Reads a users file: `[{"name": "bob", "email": "bob@example.com", "apiToken": "...", "password": "...",
    /// "pat": "...", "accountId": "...", "spaces": ["ENG"]}]`; the demo account stays unless a user is named `demo`.
    public static func load(file: URL) throws(UserDirectoryError) -> UserDirectory {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw UserDirectoryError(path: file.path, detail: "the file is missing or unreadable")
        }
        let added: [EmulatorUser]
        do {
            added = try JSONDecoder().decode([EmulatorUser].self, from: data)
        } catch {
            throw UserDirectoryError(path: file.path, detail: "expected a JSON array of users with at least a name")
        }
        var users = [EmulatorUser.demo].filter { demo in !added.contains { $0.name == demo.name } }
        users.append(contentsOf: added)
        return UserDirectory(users: users)
    }

    /// Checks an `Authorization` header value for the given flavour.
    func authenticate(_ header: String?, flavor: Flavor) -> Authentication {
        guard let header, !header.isEmpty else { return .missing }
        if header.lowercased().hasPrefix("basic ") {
            let encoded = String(header.dropFirst(6)).trimmingSpaces()
            guard let data = Data(base64Encoded: encoded), let pair = String(data: data, encoding: .utf8),
                  let colon = pair.firstIndex(of: ":") else { return .invalid(.basic) }
            let login = String(pair[..<colon])
            let secret = String(pair[pair.index(after: colon)...])
            let match: EmulatorUser?
            switch flavor {
            case .cloud:
                match = users.first { $0.email == login && $0.apiToken != nil && $0.apiToken == secret }
            case .dataCenter:
                match = users.first { ($0.name == login || $0.email == login) && $0.password != nil && $0.password == secret }
            }
            return match.map { .authenticated($0, .basic) } ?? .invalid(.basic)
        }
        if header.lowercased().hasPrefix("bearer ") {
            let token = String(header.dropFirst(7)).trimmingSpaces()
            guard flavor == .dataCenter,
                  let match = users.first(where: { $0.personalAccessToken != nil && $0.personalAccessToken == token })
            else { return .invalid(.bearer) }
            return .authenticated(match, .bearer)
        }
        return .invalid(.other)
    }
}
