public import TerminalKit

/// Which keys run which commands. The defaults follow lazygit, k9s and tig; `keys.json` can replace
/// the keys of any command.
public struct KeyMap: Hashable, Sendable {
    /// The keys of every command, in the order they are shown.
    public private(set) var bindings: [Command: [Key]]
    private var lookup: [Key: Command]

    /// The built-in bindings.
    public static let defaults = KeyMap(uncheckedBindings: [
        .down: [.char("j"), .down], .up: [.char("k"), .up],
        .top: [.char("g"), .home], .bottom: [.char("G"), .end],
        .pageDown: [.pageDown], .pageUp: [.pageUp],
        .halfPageDown: [.ctrl("d")], .halfPageUp: [.ctrl("u")],
        .nextPane: [.tab], .previousPane: [.backTab],
        .left: [.char("h"), .left], .right: [.char("l"), .right],
        .open: [.enter], .filter: [.char("/")],
        .nextMatch: [.char("n")], .previousMatch: [.char("N")],
        .refresh: [.char("r")], .openURL: [.char("o")],
        .copyURL: [.char("y")], .copyID: [.char("Y")],
        .help: [.char("?"), .function(1)], .errorDetail: [.char("e")],
        .back: [.escape], .quit: [.char("q"), .ctrl("c")],
        .mark: [.char(" ")], .filterBuilder: [.char("f")], .definitions: [.char("d")],
        .toCQL: [.char("c"), .ctrl("x")], .count: [.char("p"), .ctrl("t")], .save: [.char("s")],
        .includeDescendants: [.char("i")], .rename: [.char("R")], .duplicate: [.char("D")],
        .delete: [.char("x"), .delete], .export: [.char("E")], .writeFile: [.char("w")],
        .loaderOptions: [.char("O"), .ctrl("r")], .projectID: [.char("I")],
        .add: [.char("a")], .test: [.char("t")], .logIn: [.char("L")],
        .ingestionPreview: [.char("P"), .ctrl("g")], .fullPass: [.char("F")], .zoom: [.char("z")],
    ])

    private init(uncheckedBindings: [Command: [Key]]) {
        bindings = uncheckedBindings
        var lookup: [Key: Command] = [:]
        for command in Command.allCases {
            for key in uncheckedBindings[command] ?? [] where lookup[key] == nil { lookup[key] = command }
        }
        self.lookup = lookup
    }

    /// The command bound to `key`, if any.
    public func command(for key: Key) -> Command? { lookup[key] }

    /// The keys of `command`.
    public func keys(for command: Command) -> [Key] { bindings[command] ?? [] }

    /// The first key of `command` as hints show it (`Esc`), or "unbound".
    public func firstKeyLabel(for command: Command) -> String {
        keys(for: command).first?.description ?? "unbound"
    }

    /// The first key that runs `command` where typed characters are text (`typingText`: a text field takes them), so
    /// not a plain character there; the first key when none other is bound.
    public func firstKeyLabel(for command: Command, typingText: Bool) -> String {
        (usableKeys(for: command, typingText: typingText).first ?? keys(for: command).first)?.description ?? "unbound"
    }

    /// The keys of `command` joined for display (`j/Down`), or "unbound"; with `typingText`, those that are no plain
    /// character (`Down`), or all when every one is.
    public func keyLabel(for command: Command, typingText: Bool = false) -> String {
        let usable = usableKeys(for: command, typingText: typingText)
        let keys = usable.isEmpty ? keys(for: command) : usable
        return keys.isEmpty ? "unbound" : keys.map(\.description).joined(separator: "/")
    }

    /// The command `key` runs where typed characters are text: none for a plain character, which the field takes.
    public func command(typing key: Key) -> Command? {
        Self.isText(key) ? nil : command(for: key)
    }

    /// Whether `command` has a key that works where typed characters are text (one that is no plain character).
    public func hasKey(for command: Command, typingText: Bool) -> Bool {
        !usableKeys(for: command, typingText: typingText).isEmpty
    }

    /// Whether `key` is a plain character, which a text field takes as text.
    private static func isText(_ key: Key) -> Bool {
        if case .char = key { true } else { false }
    }

    /// The keys of `command`, without the plain characters when `typingText`.
    private func usableKeys(for command: Command, typingText: Bool) -> [Key] {
        let keys = keys(for: command)
        return typingText ? keys.filter { !Self.isText($0) } : keys
    }

    /// These defaults with `overrides` replacing the keys of the commands they name. A key the file
    /// gives to one command is taken from the defaults of the others (so `{"quit": "x"}` works although
    /// `x` deletes by default). Throws when the file binds one key to two commands.
    func replacing(_ overrides: [Command: [Key]], path: String) throws(KeyMapError) -> KeyMap {
        var merged = bindings
        let claimed = Set(overrides.values.joined())
        for command in Command.allCases where overrides[command] == nil {
            merged[command] = merged[command]?.filter { !claimed.contains($0) }
        }
        for (command, keys) in overrides { merged[command] = keys }
        var owner: [Key: Command] = [:]
        for command in Command.allCases {
            for key in merged[command] ?? [] {
                if let first = owner[key], first != command {
                    let (a, b) = overrides[first] != nil || overrides[command] == nil ? (first, command) : (command, first)
                    throw KeyMapError(path: path, reason: .conflict(key: key.description, first: a.rawValue, second: b.rawValue))
                }
                owner[key] = command
            }
        }
        return KeyMap(uncheckedBindings: merged)
    }
}
