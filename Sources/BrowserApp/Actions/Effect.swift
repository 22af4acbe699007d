/// Work the reducer asks for; the `EffectRunner` performs it and sends results back as actions.
/// Every load carries the token its result must present.
public enum Effect: Hashable, Sendable {
    /// Load every space.
    case loadSpaces(token: RequestToken)
    /// Load a space's root items.
    case loadRoots(spaceKey: String, token: RequestToken)
    /// Load a node's children (`parentTitle` labels them in the tree filter).
    case loadChildren(nodeID: String, kind: ItemKind, parentTitle: String?, token: RequestToken)
    /// Load a page after `delayMilliseconds` (a debounce while the selection moves); supersedes,
    /// and cancels, any earlier page load.
    case loadPage(pageID: String, token: RequestToken, delayMilliseconds: Int)
    /// Cancel the page load in flight, if any.
    case cancelPageLoad
    /// Cancel every tree load in flight (another space was opened).
    case cancelTreeLoads
    /// Connect to another account; on success every later load uses its backend.
    case switchAccount(index: Int, account: Account, token: RequestToken)
    /// Open a URL in the system browser (`xdg-open`), or report that it cannot.
    case openURL(String)
    /// Put text on the clipboard through the terminal (OSC 52, which carries it base64-encoded);
    /// `label` names it in the notice.
    case copyToClipboard(text: String, label: String)
    /// Leave the app.
    case quit
}
