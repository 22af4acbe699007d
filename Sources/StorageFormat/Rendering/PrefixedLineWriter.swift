/// Writes lines under a stack of prefixes (list markers, quote bars, indentation), with blank lines
/// between blocks unless a level is tight; shared by the Markdown and plain-text renderers.
struct PrefixedLineWriter {
    private struct Prefix {
        var first: String
        var rest: String
        var usedFirst = false
    }

    /// Everything written so far, lines joined by newlines.
    private(set) var output = ""
    private var prefixes: [Prefix] = []
    private var levels: [(tight: Bool, hasContent: Bool)] = [(false, false)]

    /// Opens a level: `first` prefixes its first line, `rest` the others; a tight level has no blank lines between blocks.
    mutating func push(_ first: String, _ rest: String, tight: Bool) {
        prefixes.append(Prefix(first: first, rest: rest))
        levels.append((tight, false))
    }

    /// Closes the innermost level; when it never wrote a line and `keepEmpty` is set, writes its first prefix on an empty line.
    mutating func pop(keepingEmpty keepEmpty: Bool = false) {
        let prefix = prefixes.removeLast()
        levels.removeLast()
        if keepEmpty, !prefix.usedFirst {
            prefixes.append(prefix)
            line("")
            prefixes.removeLast()
        }
    }

    /// Starts a block: a blank line first when the level already has content and is not tight.
    mutating func beginBlock() {
        let last = levels.count - 1
        if levels[last].hasContent && !levels[last].tight { line("") }
        markContent()
    }

    /// Records that the innermost level has content without writing a line.
    mutating func markContent() {
        levels[levels.count - 1].hasContent = true
    }

    /// Writes each line of `text`.
    mutating func lines(_ text: String, trim: Bool = true) {
        for part in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            line(Substring(part), trim: trim)
        }
    }

    /// Appends one line under the open prefixes; `trim` drops trailing spaces (not for code).
    mutating func line(_ text: some StringProtocol, trim: Bool = true) {
        if !output.isEmpty { output += "\n" }
        var lineText = ""
        for index in prefixes.indices {
            if prefixes[index].usedFirst {
                lineText += prefixes[index].rest
            } else {
                lineText += prefixes[index].first
                prefixes[index].usedFirst = true
            }
        }
        if text.isEmpty || trim {
            lineText += text
            while lineText.last == " " { lineText.removeLast() }
        } else {
            lineText += text
        }
        output += lineText
    }
}
