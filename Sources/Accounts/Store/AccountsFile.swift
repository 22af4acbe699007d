import LocalStore

/// The contents of `accounts.json`: every configured account, in the order they were added.
public struct AccountsFile: Hashable, Sendable, Codable {
    /// The format version this build writes.
    public static let currentVersion = 1

    /// The format version of the file.
    public var version: Int
    /// The accounts.
    public var accounts: [Account]

    /// Creates a file's contents.
    public init(accounts: [Account] = []) {
        self.version = Self.currentVersion
        self.accounts = accounts
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case version, accounts
    }

    /// Reads the file, refusing fields this build does not know; a newer format's are left to its version, which the store
    /// refuses, so its accounts are not read.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        guard version <= Self.currentVersion else {
            accounts = []
            return
        }
        try StrictKeys.check(decoder, allowed: CodingKeys.self, what: "accounts.json")
        accounts = try container.decode([Account].self, forKey: .accounts)
    }

    /// The account of that name.
    public func account(named name: String) throws(AccountsError) -> Account {
        guard let account = accounts.first(where: { $0.name == name }) else { throw AccountsError(.notFound(name)) }
        return account
    }

    /// The account to use when none is named: the one marked default, else the only one.
    public func defaultAccount() throws(AccountsError) -> Account {
        if let marked = accounts.first(where: \.isDefault) { return marked }
        if accounts.count == 1 { return accounts[0] }
        throw AccountsError(accounts.isEmpty ? .noAccounts : .noDefault)
    }

    /// The named account, or the default one when `name` is nil.
    public func account(named name: String?) throws(AccountsError) -> Account {
        if let name { return try account(named: name) }
        return try defaultAccount()
    }

    /// Adds a valid account with a new name; the first account, or one marked default, becomes the only default.
    public mutating func add(_ account: Account) throws(AccountsError) {
        if let problem = account.validationProblem { throw AccountsError(.invalid(problem)) }
        // A new name may not start with '-', which would read as an option wherever it is typed (`accounts test -x`); one
        // already in the file stays usable.
        if account.name.hasPrefix("-") {
            throw AccountsError(.invalid(AccountProblem(.name, "the account name \"\(account.name)\" starts with '-', which would "
                + "read as an option; start it with a letter or digit")))
        }
        // Names that differ only in case would be told apart by case alone, on every command line.
        if let existing = accounts.first(where: { $0.name.lowercased() == account.name.lowercased() }) {
            throw AccountsError(.duplicate(existing.name))
        }
        var account = account
        if accounts.isEmpty { account.isDefault = true }
        if account.isDefault {
            for index in accounts.indices { accounts[index].isDefault = false }
        }
        accounts.append(account)
    }

    /// Replaces the account of the same name with a valid new version, keeping a single default.
    public mutating func replace(_ account: Account) throws(AccountsError) {
        if let problem = account.validationProblem { throw AccountsError(.invalid(problem)) }
        guard let index = accounts.firstIndex(where: { $0.name == account.name }) else { throw AccountsError(.notFound(account.name)) }
        accounts[index] = account
        if account.isDefault {
            for other in accounts.indices where other != index { accounts[other].isDefault = false }
        }
    }

    /// Changes the account of that name in place.
    public mutating func modify(named name: String, _ change: (inout Account) -> Void) throws(AccountsError) {
        var account = try self.account(named: name)
        change(&account)
        try replace(account)
    }

    /// Removes the account of that name and returns it; when it was the default, the first account left becomes the default.
    @discardableResult
    public mutating func remove(named name: String) throws(AccountsError) -> Account {
        guard let index = accounts.firstIndex(where: { $0.name == name }) else { throw AccountsError(.notFound(name)) }
        let removed = accounts.remove(at: index)
        // The default's place passes to the first account left, so a command without --account still finds one.
        if removed.isDefault, !accounts.isEmpty { accounts[0].isDefault = true }
        return removed
    }

    /// Makes the named account the only default.
    public mutating func setDefault(named name: String) throws(AccountsError) {
        guard accounts.contains(where: { $0.name == name }) else { throw AccountsError(.notFound(name)) }
        for index in accounts.indices { accounts[index].isDefault = accounts[index].name == name }
    }
}
