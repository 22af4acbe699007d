public import TerminalKit

/// The accounts pane: every configured account, with the one in use marked.
public struct AccountsState: Sendable {
    /// The accounts in configuration order.
    public private(set) var accounts: [Account]
    /// Index of the account the browser is connected to.
    public private(set) var activeIndex: Int
    /// The list widget (ids are indices into `accounts`).
    public var list: ListView<Int>
    /// The account being connected to, and the token its result must carry.
    public var switching: (index: Int, token: RequestToken)?
    /// Whether accounts other than the active one can be opened.
    public var canSwitch: Bool

    /// Creates the pane with `active` in use and selected.
    public init(accounts: [Account], active: Int = 0, canSwitch: Bool = false) {
        self.accounts = accounts
        self.canSwitch = canSwitch
        activeIndex = accounts.indices.contains(active) ? active : 0
        list = ListView(items: [])
        refreshItems()
        list.select(id: activeIndex, viewportHeight: max(1, accounts.count))
    }

    /// The account in use, if any.
    public var active: Account? { accounts.indices.contains(activeIndex) ? accounts[activeIndex] : nil }

    /// Marks `index` as the account in use.
    public mutating func activate(_ index: Int) {
        guard accounts.indices.contains(index) else { return }
        activeIndex = index
        refreshItems()
    }

    private mutating func refreshItems() {
        list.setItems(accounts.enumerated().map { index, account in
            ListItem(id: index, title: (index == activeIndex ? "● " : "  ") + account.name, detail: account.detail,
                     role: index == activeIndex ? .title : .normal)
        })
    }
}
