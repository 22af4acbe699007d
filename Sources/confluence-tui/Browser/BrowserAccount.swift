import BrowserApp

/// The accounts pane's entry, named apart from `Accounts.Account` (and from the `BrowserApp` enum,
/// which hides the module name in qualified lookups).
typealias BrowserAccount = Account
