import BrowserApp
import Foundation
import Testing
import TerminalKit

/// `keys.json`: remapping, and clear errors for bad files.
struct KeyMapTests {
    private func parse(_ json: String) throws(KeyMapError) -> KeyMap {
        try KeyMap.parse(Data(json.utf8), path: "/cfg/keys.json")
    }

    @Test func defaultsBindEveryCommand() {
        for command in Command.allCases {
            #expect(!KeyMap.defaults.keys(for: command).isEmpty, "\(command.rawValue) has a key")
        }
        #expect(KeyMap.defaults.command(for: .char("j")) == .down)
        #expect(KeyMap.defaults.command(for: .ctrl("d")) == .halfPageDown)
        #expect(KeyMap.defaults.command(for: .backTab) == .previousPane)
    }

    @Test func aFileReplacesTheKeysOfTheCommandsItNames() throws {
        let map = try parse(#"{"down": ["Ctrl-N", "Down"], "quit": "Q", "left": ["h", "Left"]}"#)
        #expect(map.command(for: .ctrl("n")) == .down)
        #expect(map.command(for: .char("j")) == nil)
        #expect(map.command(for: .char("Q")) == .quit)
        #expect(map.command(for: .char("q")) == nil)
        #expect(map.command(for: .char("k")) == .up, "unnamed commands keep their defaults")
    }

    @Test func aKeyTheFileGivesAwayLeavesTheDefaultsOfOtherCommands() throws {
        let map = try parse(#"{"quit": "x", "page-down": "Space"}"#)
        #expect(map.command(for: .char("x")) == .quit)
        #expect(map.keys(for: .delete) == [.delete], "delete keeps its other default key")
        #expect(map.command(for: .char(" ")) == .pageDown)
        #expect(map.keys(for: .mark).isEmpty && map.keyLabel(for: .mark) == "unbound")
    }

    @Test func keyNamesCoverSpecialKeys() throws {
        let map = try parse(#"{"page-down": ["Space", "PgDn", "F5"], "back": ["Esc", "Backspace"], "open": ["Enter", "Return"]}"#)
        #expect(map.command(for: .char(" ")) == .pageDown)
        #expect(map.command(for: .function(5)) == .pageDown)
        #expect(map.command(for: .backspace) == .back)
    }

    @Test(arguments: [
        (#"{"jump": ["x"]}"#, "unknown command \"jump\""),
        (#"{"down": ["Hyper-X"]}"#, "\"Hyper-X\", which is not a key name"),
        (#"{"down": 5}"#, "must map \"down\" to a key name"),
        (#"["down"]"#, "must hold a JSON object"),
        (#"{"down": ["k"], "up": ["k", "Up"]}"#, "binds k to both"),
        ("{ not json", "is not valid JSON (line 1: a field name in double quotes was expected"),
        ("{\"quit\": [\"q\"],\n \"quit\": [\"Ctrl-Q\"]}", "(line 2: the field \"quit\" is written twice in one object (first on line 1); keep one)"),
    ])
    func badFilesGiveASentenceNamingTheFile(json: String, fragment: String) {
        #expect {
            _ = try parse(json)
        } throws: { error in
            let text = String(describing: error)
            return text.contains(fragment) && text.contains("/cfg/keys.json") && text.contains("using the default bindings")
        }
    }

    @Test func loadReadsTheConfigDirectoryAndKeepsDefaultsOnError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("keys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = ["CONFLUENCE_TUI_HOME": directory.path]
        let (missing, noError) = KeyMap.load(environment: environment)
        #expect(missing == .defaults && noError == nil)
        try Data(#"{"quit": "x"}"#.utf8).write(to: directory.appendingPathComponent("keys.json"))
        let (custom, none) = KeyMap.load(environment: environment)
        #expect(none == nil && custom.command(for: .char("x")) == .quit)
        try Data("{oops".utf8).write(to: directory.appendingPathComponent("keys.json"))
        let (fallback, error) = KeyMap.load(environment: environment)
        #expect(fallback == .defaults)
        #expect(error?.description.contains(directory.path + "/keys.json") == true)
    }

    @Test func configDirectoryFollowsTheEnvironment() {
        #expect(KeyMap.configDirectory(environment: ["CONFLUENCE_TUI_HOME": "/a", "XDG_CONFIG_HOME": "/b"]) == "/a")
        #expect(KeyMap.configDirectory(environment: ["XDG_CONFIG_HOME": "/b", "HOME": "/h"]) == "/b/confluence-tui")
        #expect(KeyMap.configDirectory(environment: ["HOME": "/h"]) == "/h/.config/confluence-tui")
    }

    @Test func aBadFileStillStartsTheAppAndShowsTheError() throws {
        var error: KeyMapError?
        do { _ = try parse("[1]") } catch let caught { error = caught }
        let state = AppState(width: 80, height: 24, accounts: [], keyMapError: error)
        let text = AppView.grid(for: state, theme: Theme()).text
        #expect(text.contains("The key bindings file /cfg/keys.json"))
    }

    @Test func remappedKeysDriveTheReducerAndTheHelp() throws {
        let map = try parse(#"{"down": ["Ctrl-N"], "up": ["Ctrl-P"]}"#)
        var h = ReducerHarness(keyMap: map)
        h.loadSpaces()
        h.press(.ctrl("n"))
        #expect(h.state.spaces.list.selectedID == "DSN")
        h.press(.char("j"))
        #expect(h.state.spaces.list.selectedID == "DSN")
        h.press(.char("?"))
        #expect(h.screen.contains("Ctrl-N"))
    }

    @Test func theHelpBorderNamesTheRemappedScrollKeys() throws {
        var h = ReducerHarness(width: 80, height: 24, keyMap: try parse(#"{"down": ["Ctrl-N"], "up": ["Ctrl-P"]}"#))
        h.loadSpaces()
        h.press(.char("?"))
        #expect(h.screen.contains("Ctrl-N/Ctrl-P scroll"), "\(h.screen)")
        #expect(!h.screen.contains("j/k"))
    }

    @Test func overlayTitlesNameTheRemappedBackKey() throws {
        var h = ReducerHarness(keyMap: try parse(#"{"back": ["Backspace"]}"#))
        h.loadSpaces()
        h.press(.char("?"))
        #expect(h.screen.contains("Keys · Backspace closes"))
        h.press(.backspace)
        h.press(.char("f"))
        #expect(h.screen.contains("Filter builder · Backspace closes"))
        h.press(.char("P"))
        #expect(h.screen.contains("Ingestion preview · draft · Backspace closes"))
        #expect(!h.screen.contains("Esc"))
    }
}
