import ArgumentParser
import ConfluenceKit

/// `confluence-tui whoami`: shows who the credential is on the site.
struct WhoamiCommand: AsyncParsableCommand, SiteCommand {
    static let configuration = CommandConfiguration(commandName: "whoami", abstract: "Show the user the credential signs in as.")

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let client = try await connection.makeClient(announcingWaits: true)
        let user = try await client.currentUser()
        // An answer for an anonymous visitor is a credential that did not work, in JSON as in text.
        if user.isAnonymous { throw IgnoredCredential(site: "\(client.site)") }
        if output.json {
            try Terminal.json(WhoamiReport(user: user, site: client.site))
            return
        }
        let name = user.displayName ?? user.username ?? user.accountId ?? "unknown user"
        let detail = [user.email, user.accountId.map { "account \($0)" }, user.username.map { "user \($0)" }]
            .compactMap { $0 }
            .joined(separator: ", ")
        Terminal.line("\(name)\(detail.isEmpty ? "" : " (\(detail))") on \(client.site) [\(client.site.kind)]")
    }
}

/// The site answered as it answers an anonymous visitor: the credential was ignored.
private struct IgnoredCredential: Error, CustomStringConvertible {
    let site: String

    var description: String {
        "\(site) answered as it answers an anonymous visitor: it ignored the credential (an invalid or expired Data Center token is treated as anonymous)"
    }
}
