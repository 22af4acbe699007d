public import DataSources
public import TerminalKit

/// Everything that can change the app state: keys from the user and results coming back from effects.
public enum AppAction: Sendable {
    /// The app starts: load the spaces.
    case start
    /// A key press (mapped through the key map unless an input or overlay takes it).
    case key(Key)
    /// A command, as if its key had been pressed.
    case command(Command)
    /// The terminal has a new size.
    case resize(width: Int, height: Int)
    /// Time passed: the app clock in milliseconds (drives spinners and retry countdowns).
    case tick(milliseconds: UInt64)
    /// The spaces load finished.
    case spacesLoaded(token: RequestToken, Result<[SpaceSummary], BackendError>)
    /// A space's root items arrived.
    case rootsLoaded(spaceKey: String, token: RequestToken, Result<LoadedItems, BackendError>)
    /// A node's children arrived.
    case childrenLoaded(nodeID: String, token: RequestToken, Result<LoadedItems, BackendError>)
    /// The children of the node a peek looked at arrived.
    case childrenPeeked(nodeID: String, token: RequestToken, Result<LoadedItems, BackendError>)
    /// A page arrived (its body parsed).
    case pageLoaded(pageID: String, token: RequestToken, Result<LoadedPage, BackendError>)
    /// Connecting to another account finished.
    case accountSwitched(name: String, token: RequestToken, Result<Void, BackendError>)
    /// A request event from the backend, at the app clock time.
    case requestEvent(BackendEvent, atMilliseconds: UInt64)
    /// The server counted a draft selection (filter builder).
    case countChecked(token: RequestToken, Result<Int, BackendError>)
    /// The descendant lookup has found this many pages so far (filter builder).
    case descendantsFound(token: RequestToken, count: Int)
    /// The marked pages with their descendants arrived, as page ids (filter builder).
    case descendantsExpanded(token: RequestToken, Result<[String], BackendError>)
    /// The label picker's counts arrived.
    case labelsLoaded(token: RequestToken, Result<LabelCounts, BackendError>)
    /// A definition save from the filter builder finished.
    case definitionSaved(token: RequestToken, Result<SavedDefinition, BackendError>)
    /// The saved definitions were read.
    case definitionsLoaded(token: RequestToken, Result<DefinitionList, BackendError>)
    /// A definitions operation (rename, duplicate, delete, write an export) finished with a notice.
    case definitionsChanged(token: RequestToken, Result<String, BackendError>)
    /// A definition's preview count arrived (and was recorded in its file).
    case definitionPreviewed(token: RequestToken, name: String, Result<Int, BackendError>)
    /// The configured accounts were read (after a load, a save or a removal).
    case accountsLoaded(token: RequestToken, Result<[ManagedAccount], BackendError>)
    /// The account form was saved (with the accounts as they are now), or refused.
    case accountSaved(token: RequestToken, Result<SavedAccount, AccountSaveError>)
    /// The saved definitions naming an account about to be removed were read (their names), or could not be.
    case accountUsersFound(name: String, token: RequestToken, Result<[String], BackendError>)
    /// An account test finished.
    case accountTested(name: String, token: RequestToken, AccountTestOutcome)
    /// The quick ingestion preview (count and first pages) arrived.
    case ingestionQuickLoaded(token: RequestToken, Result<IngestQuickLook, BackendError>)
    /// A full pass moved on.
    case fullPassProgress(token: RequestToken, IngestProgress)
    /// A full pass ended: its report, what it measured before it was cancelled, or why it failed.
    case fullPassEnded(token: RequestToken, FullPassOutcome)
    /// An OAuth login's callback listens; the user opens `url`.
    case accountLoginPresented(token: RequestToken, url: String)
    /// The login's token reaches several sites; the user picks one of these.
    case accountLoginSitesOffered(token: RequestToken, sites: [String])
    /// An OAuth login finished: the sentence to show, or why it failed.
    case accountLoggedIn(name: String, token: RequestToken, Result<String, BackendError>)
    /// An effect reports back to the user (e.g. the URL could not be opened).
    case effectFinished(EffectReport)
}
