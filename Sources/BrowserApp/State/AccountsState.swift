public import TerminalKit

/// The accounts pane: every configured account, with the one in use marked.
public struct AccountsState: Sendable {
    /// The accounts in configuration order.
    public private(set) var accounts: [Account]
    /// Index of the account the browser is connected to.
    public private(set) var activeIndex: Int
    /// The list widget (ids are indices into `accounts`).
    public var list: ListView<Int>
    /// The account being connected to (by name: the list may change meanwhile), and the token its result must carry.
    public var switching: (name: String, token: RequestToken)?
    /// Whether accounts other than the active one can be opened.
    public var canSwitch: Bool
    /// Whether accounts can be added, edited, tested and removed here.
    public var canManage = false
    /// Each managed account's editable fields, by name.
    public var forms: [String: AccountForm] = [:]
    /// Each account's last test outcome, by name.
    public private(set) var lastTests: [String: AccountTestOutcome] = [:]
    /// The managed account commands use when none is named, if any.
    public private(set) var defaultName: String?
    /// Tests in flight, by account name: the token their outcome carries and the clock (ms) of the first tick after each
    /// started (the clock stands still while nothing runs, so the key press's would be stale).
    public var testing: [String: (token: RequestToken, startedAt: UInt64?)] = [:]
    /// The reload of the managed accounts in flight.
    public var loading: RequestToken?
    /// The add/edit form, when open.
    public var form: AccountFormState?
    /// The account whose removal waits for the definitions naming it to be read, and the token their names carry.
    public var checkingRemoval: (name: String, token: RequestToken)?
    /// The account whose edit form opens once the accounts are read again.
    public var editing: String?
    /// The account being removed, said removed when the accounts are read again.
    public var removing: String?
    /// The remove confirmation and the account it is about.
    public var confirmRemove: (dialog: Dialog, name: String)?
    /// The OAuth login in flight.
    public var login: AccountLogin?
    /// The account in use when it was removed from the configuration: it stays listed, marked, until another is opened.
    public private(set) var removedWhileOpen: String?

    /// Creates the pane with `active` in use and selected.
    public init(accounts: [Account], active: Int = 0, canSwitch: Bool = false) {
        self.accounts = accounts
        self.canSwitch = canSwitch
        activeIndex = accounts.indices.contains(active) ? active : 0
        list = ListView(items: [])
        refreshItems()
        list.select(id: activeIndex, viewportHeight: max(1, accounts.count))
    }

    /// Whether `name` is known to be no configured account (removed since a definition named it): only said where the
    /// configured accounts are managed, so a window on a site given by address calls no account removed.
    public func isRemoved(_ name: String) -> Bool {
        canManage && forms[name] == nil
    }

    /// The account in use, if any.
    public var active: Account? { accounts.indices.contains(activeIndex) ? accounts[activeIndex] : nil }

    /// Marks `index` as the account in use; an account removed while it was open leaves the list.
    public mutating func activate(_ index: Int) {
        guard accounts.indices.contains(index) else { return }
        var index = index
        if let removed = removedWhileOpen, accounts[index].name != removed, let stale = accounts.firstIndex(where: { $0.name == removed }) {
            accounts.remove(at: stale)
            if stale < index { index -= 1 }
            removedWhileOpen = nil
        }
        activeIndex = index
        refreshItems()
        list.select(id: index, viewportHeight: max(1, accounts.count))
    }

    /// Shows the managed accounts (with their last tests), keeping the active one (first when it is not managed, e.g. the demo,
    /// or just removed).
    mutating func setManaged(_ managed: [ManagedAccount]) {
        let activeName = active?.name
        var entries = managed.map(\.entry)
        if var current = active, !entries.contains(where: { $0.name == current.name }) {
            if forms[current.name] != nil {
                removedWhileOpen = current.name
                current.detail = "removed · open until you switch"
            }
            entries.insert(current, at: 0)
        } else {
            removedWhileOpen = nil
        }
        let selectedName = list.selectedID.flatMap { accounts.indices.contains($0) ? accounts[$0].name : nil }
        accounts = entries
        activeIndex = entries.firstIndex { $0.name == activeName } ?? 0
        forms = Dictionary(managed.map { ($0.entry.name, $0.form) }, uniquingKeysWith: { first, _ in first })
        lastTests = Dictionary(managed.compactMap { account in account.lastTest.map { (account.entry.name, $0) } }, uniquingKeysWith: { first, _ in first })
        defaultName = managed.first(where: \.isDefault)?.entry.name
        refreshItems()
        if let selectedName, let index = entries.firstIndex(where: { $0.name == selectedName }) {
            list.select(id: index, viewportHeight: max(1, entries.count))
        }
    }

    /// Records a test outcome for the pane to show.
    mutating func record(_ outcome: AccountTestOutcome, for name: String) {
        lastTests[name] = outcome
        refreshItems()
    }

    private mutating func refreshItems() {
        list.setItems(accounts.enumerated().map { index, account in
            var detail = account.detail
            if account.name == defaultName { detail = "default · " + detail }
            if let test = lastTests[account.name] { detail = (test.ok ? "ok · " : "failed · ") + detail }
            return ListItem(id: index, title: (index == activeIndex ? "● " : "  ") + account.name, detail: detail,
                            role: index == activeIndex ? .title : (lastTests[account.name]?.ok == false ? .error : .normal))
        })
    }
}
