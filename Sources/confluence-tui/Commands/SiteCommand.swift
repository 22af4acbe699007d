/// A subcommand that reaches a site through `ConnectionOptions`, so its failures can be read against how the site was named.
protocol SiteCommand {
    /// How the subcommand reaches its site.
    var connection: ConnectionOptions { get }
    /// Whether `connection` named the site; false when it came from elsewhere (a saved definition).
    var siteIsFromFlags: Bool { get }
}

extension SiteCommand {
    var siteIsFromFlags: Bool { true }

    /// `error`, with a hint when the flags named the site and its kind was guessed wrong by the look of the answer.
    func explaining(_ error: any Error) -> any Error {
        siteIsFromFlags ? connection.explaining(error) : error
    }
}
