/// Parsing key names, for key maps in configuration files.
extension Key {
    /// The key a name stands for, or nil when unknown. Accepts every `description` form
    /// (`j`, `Space`, `Ctrl-D`, `PgDn`, `Shift-Tab`, `F5`), case-insensitively for named keys,
    /// plus common aliases: `C-d`, `ctrl+d`, `^D`, `Return`, `Escape`, `PageDown`, `Del`, `BTab`; `Alt-x` (`alt+x`, `M-x`,
    /// `Meta-x`) is Alt held with any of them.
    public init?(name: String) {
        if name.count == 1, let character = name.first {
            self = .char(character)
            return
        }
        let lower = name.lowercased()
        for prefix in ["alt-", "alt+", "m-", "meta-", "meta+"] where lower.hasPrefix(prefix) && name.count > prefix.count {
            guard let key = Key(name: String(name.dropFirst(prefix.count))) else { return nil }
            self = .alt(key)
            return
        }
        if let control = Self.controlCharacter(lower) {
            self = .ctrl(control)
            return
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...63).contains(number) {
            self = .function(number)
            return
        }
        guard let named = Self.namedKeys[lower] else { return nil }
        self = named
    }

    private static let namedKeys: [String: Key] = [
        "space": .char(" "), "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end, "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
        "tab": .tab, "shift-tab": .backTab, "backtab": .backTab, "btab": .backTab,
        "backspace": .backspace, "delete": .delete, "del": .delete, "insert": .insert, "ins": .insert,
    ]

    /// The character of a control-key name (`ctrl-d`, `ctrl+d`, `c-d`, `^d`), lowercased.
    private static func controlCharacter(_ lower: String) -> Character? {
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let character = rest.first, character.isASCII,
                  character.isLetter || "@[\\]^_".contains(character) else { return nil }
            return character
        }
        return nil
    }
}
