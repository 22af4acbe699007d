import ArgumentParser
import ConfluenceKit
import TerminalKit

/// `confluence-tui spaces`: lists the spaces the credential can see, sorted by name as the browser shows them.
struct SpacesCommand: AsyncParsableCommand, SiteCommand {
    static let configuration = CommandConfiguration(commandName: "spaces", abstract: "List spaces with their type and status.")

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Only these space keys (comma-separated).")
    var keys: String?

    func run() async throws {
        let keyList = keys?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } ?? []
        if keys != nil && keyList.isEmpty { throw ValidationError("--keys names no space key; give keys such as ENG,OPS, or leave it out") }
        for key in keyList { try SpaceKeyCheck.validate(key, flag: "--keys") }
        let client = try await connection.makeClient(announcingWaits: true)
        let spaces = try await client.spaces(SpaceFilter(keys: keyList)).collect().sortedByName()
        // Keys are case-sensitive: a key no listed space has exactly is missing, whatever else the site matched it with.
        let missing = keyList.filter { key in !spaces.contains { $0.key == key } }
        if !missing.isEmpty {
            // The keys meant are looked for among the spaces listed; for any not found there, among all, listed once.
            let unhinted = missing.contains { SpaceKeyHint.suggestion(for: $0, among: spaces) == nil }
            let known = unhinted ? (try? await client.spaces().collect()) ?? spaces : spaces
            let named = missing.map { key in key + (SpaceKeyHint.suggestion(for: key, among: known).map { " (\($0))" } ?? "") }
            Terminal.warn("\(Plural.count(missing.count, "listed key")) \(missing.count == 1 ? "names" : "name") no space you can see "
                + "(keys are case-sensitive): \(named.joined(separator: ", "))")
        }
        if output.json {
            try Terminal.json(spaces)
            return
        }
        let keyWidth = spaces.map(\.key.count).max() ?? 3
        for space in spaces {
            let type = space.type?.rawValue ?? "-"
            let status = space.status?.rawValue ?? "-"
            Terminal.line("\(space.key.padding(toLength: keyWidth, withPad: " ", startingAt: 0))  \(type.padding(toLength: 8, withPad: " ", startingAt: 0))  \(status.padding(toLength: 8, withPad: " ", startingAt: 0))  \(space.name)")
        }
    }
}
