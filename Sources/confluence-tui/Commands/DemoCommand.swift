import ArgumentParser

/// `confluence-tui demo`: the whole product on the built-in Confluence emulator.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "Run the browser on a built-in demo site (no account needed).")

    func run() async throws {
        Terminal.line("The demo is coming: it needs the Confluence emulator and the browser, which are not built yet.")
    }
}
