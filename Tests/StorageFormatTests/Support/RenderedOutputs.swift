@testable import StorageFormat

/// The three renderings of one document, plus helpers to search them.
struct RenderedOutputs {
    let terminal: String
    let terminalLines: TerminalLines
    let plain: String
    let markdown: String
    /// Markdown with backslash escapes removed, for presence checks.
    let markdownText: String

    init(_ source: String, width: Int = 1000) {
        let document = StorageDocument.parse(source)
        terminalLines = document.terminalLines(width: width)
        terminal = terminalLines.map(\.text).joined(separator: "\n")
        plain = document.plainText().text
        markdown = document.markdown()
        var unescaped = ""
        var escaping = false
        for character in markdown {
            if !escaping && character == "\\" {
                escaping = true
                continue
            }
            escaping = false
            unescaped.append(character)
        }
        markdownText = unescaped
    }

    /// The outputs checked for content presence, by name.
    var all: [(name: String, text: String)] {
        [("terminal", terminal), ("plain", plain), ("markdown", markdownText)]
    }
}

/// Whether `lines` of code appear as consecutive output lines, each the same prefix plus the code line.
func containsCodeLines(_ code: [Substring], in output: String) -> Bool {
    let outputLines = output.split(separator: "\n", omittingEmptySubsequences: false)
    guard let firstLine = code.first(where: { !$0.isEmpty }) ?? code.first else { return true }
    let firstIndex = code.firstIndex(of: firstLine) ?? 0
    let trimmedFirst = firstLine.trimmingTrailingSpaces()
    for (index, line) in outputLines.enumerated() where line.trimmingTrailingSpaces().hasSuffix(trimmedFirst) {
        let prefix = line.trimmingTrailingSpaces().dropLast(trimmedFirst.count)
        guard prefix.allSatisfy({ " >-*[]x0123456789.".contains($0) }) else { continue }
        let start = index - firstIndex
        guard start >= 0, start + code.count <= outputLines.count else { continue }
        var matches = true
        for (offset, codeLine) in code.enumerated() {
            let candidate = outputLines[start + offset]
            let expected = String(prefix) + codeLine
            if candidate != expected && candidate != expected.trimmingTrailingSpaces()
                && candidate.trimmingTrailingSpaces() != expected.trimmingTrailingSpaces() {
                matches = false
                break
            }
        }
        if matches { return true }
    }
    return false
}

extension StringProtocol {
    func trimmingTrailingSpaces() -> String {
        var slice = Substring(self)
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
