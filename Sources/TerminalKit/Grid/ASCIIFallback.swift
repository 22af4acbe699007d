/// ASCII stand-ins, one cell wide, for the symbols and typographic punctuation a grid draws, on terminals that show
/// only ASCII (`--ascii`). Letters of other scripts have no stand-in and are drawn as written.
enum ASCIIFallback {
    /// The stand-in for a one-cell cluster, or nil when it is ASCII or has none.
    static func replacement(for grapheme: String) -> String? {
        guard let first = grapheme.utf8.first, first >= 0x80 else { return nil }
        return table[grapheme]
    }

    private static let table: [String: String] = {
        var table: [String: String] = [:]
        let groups: [(String, String)] = [
            ("·∙⋅", "-"), ("•●◦", "*"), ("›»▸▶►→", ">"), ("‹«◂◀◄←", "<"), ("▾▼↓", "v"), ("▴▲↑", "^"),
            ("…", "."), ("–—―−", "-"), ("‘’‚′", "'"), ("“”„″", "\""), ("✗✘×", "x"), ("✓✔", "v"),
            ("█▉▊▋▌▍▎▏▓", "#"), ("░▒", "-"), ("─━═┄┈", "-"), ("│┃║┆┊", "|"),
            ("┌┐└┘├┤┬┴┼╭╮╰╯╔╗╚╝╠╣╦╩╬", "+"), ("\u{00A0}\u{2007}\u{202F}", " "),
        ]
        for (symbols, stand) in groups {
            for symbol in symbols { table[String(symbol)] = stand }
        }
        return table
    }()
}
