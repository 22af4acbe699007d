/// Account management behind the accounts pane (add, edit, test, remove). The executable supplies one
/// built on the Accounts module, so BrowserApp does not depend on it; every call runs in an effect task.
public protocol AccountManager: Sendable {
    /// The auth kinds a form may choose, in display order.
    var authKinds: [AuthKindChoice] { get }
    /// Every configured account, in order.
    func accounts() async throws(BackendError) -> [ManagedAccount]
    /// Adds the account (`replacing` nil) or replaces the account named `replacing`; a non-empty secret is stored.
    func save(_ form: AccountForm, replacing: String?) async throws(AccountSaveError)
    /// Removes the account and its stored secrets.
    func remove(named name: String) async throws(BackendError)
    /// Tests the account (whoami) and records the result; never throws, the outcome says what failed.
    func test(named name: String) async -> AccountTestOutcome
    /// Runs the OAuth 2.0 (3LO) login of the account over its loopback callback; `present` receives the address
    /// to open once the callback listens, and `pickSite` returns the index of the site to use when the token reaches
    /// several. Returns the sentence to show; cancelling the task stops the wait.
    func logIn(named name: String, present: @escaping @Sendable (String) async -> Void,
               pickSite: @escaping @Sendable ([String]) async throws -> Int) async throws(BackendError) -> String
}
