public import TerminalKit

/// An OAuth 2.0 (3LO) login started from the accounts pane: the account, the token its result must carry,
/// and the authorize address once the loopback callback listens.
public struct AccountLogin: Hashable, Sendable {
    /// The account logging in.
    public let name: String
    /// The token the login's result carries.
    public let token: RequestToken
    /// The address to open in a browser; nil until the callback listens.
    public var url: String?
    /// The sites the token reaches, when there are several to choose from.
    public var sites: [String] = []
    /// The highlighted site.
    public var selectedSite = 0

    /// The dialog that shows the address while the login waits for the browser, then the sites to choose from.
    public var dialog: Dialog {
        if !sites.isEmpty {
            let rows = sites.indices.map { ($0 == selectedSite ? "[x] " : "[ ] ") + sites[$0] }
            return Dialog(title: "Log in \(name)", body: ["The token reaches several sites; choose the one this account reads (j/k, Enter):"] + rows,
                          buttons: ["Cancel"])
        }
        let body = url.map { ["Open this address in a browser to grant access (y copies it); the login completes when the browser comes back:", $0] }
            ?? ["Starting the login" + "…"]
        return Dialog(title: "Log in \(name)", body: body, buttons: ["Cancel"])
    }
}
