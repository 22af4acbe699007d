public import DataSources

/// Work the reducer asks for; the `EffectRunner` performs it and sends results back as actions.
/// Every load carries the token its result must present.
public enum Effect: Hashable, Sendable {
    /// Load every space.
    case loadSpaces(token: RequestToken)
    /// Load a space's root items.
    case loadRoots(spaceKey: String, token: RequestToken)
    /// Load a node's children (`parentTitle` labels them in the tree filter).
    case loadChildren(nodeID: String, kind: ItemKind, parentTitle: String?, token: RequestToken)
    /// Load the children of `nodes` without expanding them, after `delayMilliseconds` (the selection's debounce), so
    /// the tree can tell leaves from parents: a few at a time, in the order given (nearest the selection first);
    /// supersedes, and cancels, any earlier peek, with the lookups it had not started.
    case peekChildren(nodes: [ChildrenPeek], token: RequestToken, delayMilliseconds: Int)
    /// Load a page after `delayMilliseconds` (a debounce while the selection moves); supersedes,
    /// and cancels, any earlier page load.
    case loadPage(pageID: String, token: RequestToken, delayMilliseconds: Int)
    /// Cancel the page load in flight, if any.
    case cancelPageLoad
    /// Cancel every tree load and peek in flight (another space was opened).
    case cancelTreeLoads
    /// Cancel the peek in flight with the lookups it has not started (the site asks for retries).
    case cancelPeek
    /// Connect to another account; on success every later load uses its backend.
    case switchAccount(Account, token: RequestToken)
    /// Open a URL in the system browser (`xdg-open`), or report that it cannot.
    case openURL(String)
    /// Put text on the clipboard through the terminal (OSC 52, which carries it base64-encoded);
    /// `label` names it in the notice.
    case copyToClipboard(text: String, label: String)
    /// Count the pages an ingestion of the selection pulls, as its preview does.
    case count(ConfluenceDataSource.Selector, token: RequestToken)
    /// Find the marked pages' descendants as saving expands them, for the draft's count or preview.
    case expandDescendants(PageExpansion, token: RequestToken)
    /// Load the labels of a space (nil: the site) with page counts.
    case loadLabels(spaceKey: String?, token: RequestToken)
    /// Save a definition (never replacing one), first adding the descendants of these pages to its page ids.
    case saveDefinition(DataSourceDefinition, expanding: PageExpansion?, token: RequestToken)
    /// Read every saved definition.
    case loadDefinitions(token: RequestToken)
    /// Rename a saved definition.
    case renameDefinition(String, to: String, token: RequestToken)
    /// Copy a saved definition under a new name.
    case duplicateDefinition(String, as: String, token: RequestToken)
    /// Delete a saved definition.
    case deleteDefinition(String, token: RequestToken)
    /// Save a definition again on an account's site and user (`onto`, its template), keeping what it selects.
    case moveDefinition(String, onto: ConfluenceDataSource, account: String, token: RequestToken)
    /// Run a definition's quick ingestion preview (its page count) and record it in the definition.
    case previewDefinition(DataSourceDefinition, token: RequestToken)
    /// Record a page count the ingestion overlay measured (its quick look, or a whole full pass) in a definition.
    case recordPreview(definitionName: String, count: Int, token: RequestToken)
    /// Set a definition's loader options (those absent are unset) in its file.
    case setLoaderOptions(definitionName: String, options: [LoaderOption: Bool], token: RequestToken)
    /// Run the quick ingestion preview of a selector: its count and first pages.
    case quickIngestionPreview(ConfluenceDataSource.Selector, token: RequestToken)
    /// Start the full pass over a selector (superseding any pass running); progress and the end come back as actions.
    case startFullPass(ConfluenceDataSource.Selector, token: RequestToken)
    /// Cancel the running full pass; it still reports what it measured.
    case cancelFullPass
    /// Write text to a file atomically (an export).
    case writeFile(path: String, text: String, token: RequestToken)
    /// Read the configured accounts.
    case loadAccounts(token: RequestToken)
    /// Add (`replacing` nil) or replace an account, then read the accounts again.
    case saveAccount(AccountForm, replacing: String?, token: RequestToken)
    /// Read which saved definitions name an account, before its removal is confirmed.
    case findDefinitionsOfAccount(name: String, token: RequestToken)
    /// Remove an account, then read the accounts again.
    case removeAccount(name: String, token: RequestToken)
    /// Test an account.
    case testAccount(name: String, token: RequestToken)
    /// Stop the account tests in flight.
    case cancelAccountTests
    /// Run an account's OAuth login (its address and its end come back as actions).
    case logInAccount(name: String, token: RequestToken)
    /// Stop the OAuth login in flight, if any.
    case cancelLogin
    /// Continue the waiting login with the site at `index` of those offered.
    case chooseLoginSite(index: Int)
    /// Leave the app.
    case quit
}
