/// Writes lines under a stack of prefixes (list markers, quote bars, indentation), with blank lines
/// between blocks unless a level is tight; shared by the Markdown and plain-text renderers.
struct PrefixedLineWriter {
    /// An open level: where its prefixes start in `firsts` and `rests`, and the spacing of the level
    /// around it, restored when it closes.
    private struct Level {
        var firstStart: Int
        var restStart: Int
        var enclosingSpacing: Spacing
    }

    /// Whether a level has no blank lines between blocks, and whether it has content yet.
    private struct Spacing {
        var tight: Bool
        var hasContent: Bool
    }

    /// Everything written so far as UTF-8, lines joined by newlines; `String` is built once, at the end.
    /// A line is a few appends, which `LineBytes` makes plain copies.
    private(set) var bytes = LineBytes()
    /// The open levels, outermost first (the root level, which has no prefixes, is not among them).
    private var levels: [Level] = []
    /// Every open level's first-line prefix, joined, outermost first.
    private var firsts = LineBytes()
    /// Every open level's prefix for its other lines, joined, outermost first.
    private var rests = LineBytes()
    /// How many levels, from the outermost, have written their first line: a line uses them all, and
    /// levels only open and close innermost, so the used ones are always the outer ones and a line
    /// starts with their `rests`, then the others' `firsts`.
    private var usedCount = 0
    /// The innermost level's spacing, kept out of `levels`: every block reads and marks it.
    private var spacing = Spacing(tight: false, hasContent: false)
    /// Where the last blank line between blocks ends in `bytes`: blocks that wrote nothing but blank lines after it
    /// leave it to the next block, their lines taken back.
    private var separatorEnd = -1

    /// Forgets everything written and every open level, keeping the storage.
    mutating func removeAll() {
        bytes.removeAll()
        separatorEnd = -1
        levels.removeAll(keepingCapacity: true)
        firsts.removeAll()
        rests.removeAll()
        usedCount = 0
        spacing = Spacing(tight: false, hasContent: false)
    }

    /// Opens a level: `first` prefixes its first line, `rest` the others; a tight level has no blank lines between blocks.
    mutating func push(_ first: StaticString, _ rest: StaticString, tight: Bool) {
        openLevel(tight: tight)
        firsts.append(first)
        rests.append(rest)
    }

    /// Opens a tight level for ordered item `number`: `12. ` prefixes its first line, as many spaces the others.
    /// Opens a list item whose marker is hidden: its lines are indented as a marker `width` cells wide and its space would.
    mutating func push(hiddenItemOfWidth width: Int) {
        openLevel(tight: true)
        firsts.append(repeating: 0x20, count: width + 1)
        rests.append(repeating: 0x20, count: width + 1)
    }

    mutating func push(orderedItem number: Int, tight: Bool = true) {
        openLevel(tight: tight)
        let start = firsts.count
        firsts.append(decimal: number)
        firsts.append(". ")
        rests.append(repeating: 0x20, count: firsts.count - start)
    }

    /// Records a new innermost level whose prefixes are appended next.
    private mutating func openLevel(tight: Bool) {
        levels.append(Level(firstStart: firsts.count, restStart: rests.count, enclosingSpacing: spacing))
        spacing = Spacing(tight: tight, hasContent: false)
    }

    /// Closes the level a container opened. An empty task item still shows its `[ ]` line, and with `emptyItem` so does
    /// any other empty item: its marker, then `emptyItem`.
    mutating func close(_ container: BlockContainer, emptyItem: StaticString? = nil) {
        switch container {
        case .item(.task, _, _, _): pop(keepingEmpty: emptyItem ?? "")
        case .item: pop(keepingEmpty: emptyItem)
        default: pop()
        }
    }

    /// Closes the innermost level; when it never wrote a line and `keepEmpty` is given, writes its first prefix and
    /// `keepEmpty` on a line.
    private mutating func pop(keepingEmpty keepEmpty: StaticString? = nil) {
        if let keepEmpty, usedCount < levels.count {
            keepEmpty.withUTF8Buffer { line($0, trim: true) }
        }
        let level = levels.removeLast()
        firsts.removeLast(firsts.count - level.firstStart)
        rests.removeLast(rests.count - level.restStart)
        usedCount = min(usedCount, levels.count)
        spacing = level.enclosingSpacing
    }

    /// Whether what was written since `offset` (-1 for nothing yet) is blank lines alone, or nothing; with `quoted`, a
    /// line of quote markers (`>`) and spaces alone counts as blank, as it does inside a quote.
    func onlyBlankLines(since offset: Int, quoted: Bool = false) -> Bool {
        offset >= 0 && offset <= bytes.count
            && bytes.withUnsafeBufferPointer { $0[offset...].allSatisfy { $0 == 0x0A || quoted && ($0 == 0x3E || $0 == 0x20) } }
    }

    /// Starts a block: a blank line first when the level already has content and is not tight (one only, however
    /// many blocks before it were empty).
    mutating func beginBlock() {
        if spacing.hasContent && !spacing.tight {
            if onlyBlankLines(since: separatorEnd) {
                bytes.removeLast(bytes.count - separatorEnd)
            } else {
                line(UnsafeBufferPointer(start: nil, count: 0), trim: true)
                separatorEnd = bytes.count
            }
        }
        spacing.hasContent = true
    }

    /// Records that the innermost level has content without writing a line.
    mutating func markContent() {
        spacing.hasContent = true
    }

    /// Writes each line of UTF-8 `text`, splitting at every line feed.
    mutating func lines(_ text: some Collection<UInt8>, trim: Bool = true) {
        Self.withBuffer(text) { lines($0, trim: trim) }
    }

    /// Writes each line of `buffer`, splitting at every line feed.
    private mutating func lines(_ buffer: UnsafeBufferPointer<UInt8>, trim: Bool) {
        var lineStart = 0
        while true {
            let lineEnd = buffer.firstIndex(of: 0x0A, from: lineStart) ?? buffer.count
            line(UnsafeBufferPointer(rebasing: buffer[lineStart..<lineEnd]), trim: trim)
            guard lineEnd < buffer.count else { return }
            lineStart = lineEnd + 1
        }
    }

    /// Appends one line under the open prefixes; `trim` drops trailing spaces (not for code).
    mutating func line(_ text: some StringProtocol, trim: Bool = true) {
        line(text.utf8, trim: trim)
    }

    /// Appends one line of UTF-8 under the open prefixes.
    mutating func line(_ text: some Collection<UInt8>, trim: Bool = true) {
        Self.withBuffer(text) { line($0, trim: trim) }
    }

    /// Appends one line of composed UTF-8 under the open prefixes.
    mutating func line(_ text: LineBytes, trim: Bool = true) {
        text.withUnsafeBufferPointer { line($0, trim: trim) }
    }

    /// Writes lines that `compose` appends straight to the output, after the first line's prefixes (its
    /// second argument is where its text starts), as `lines` would write them: the text after each line
    /// feed moves to a line of its own under the prefixes. `compose` returns whether its text may hold a
    /// line feed; text it knows to hold none is not searched.
    mutating func composeLines(trim: Bool = true, _ compose: (inout LineBytes, Int) -> Bool) {
        let lineStart = startLine()
        let start = bytes.count
        let mayHoldLineFeed = compose(&bytes, start)
        let firstEnd = mayHoldLineFeed ? bytes.withUnsafeBufferPointer { $0.firstIndex(of: 0x0A, from: start) } : nil
        if let firstEnd {
            let rest = bytes.withUnsafeBufferPointer { Array($0[(firstEnd + 1)...]) }
            bytes.removeLast(bytes.count - firstEnd)
            if trim || firstEnd == start { trimSpaces(after: lineStart) }
            rest.withUnsafeBufferPointer { lines($0, trim: trim) }
        } else if trim || bytes.count == start {
            trimSpaces(after: lineStart)
        }
    }

    /// Writes a line: the newline ending the previous one, the prefixes, the text, then drops trailing
    /// spaces when `trim` is set or the text is empty.
    private mutating func line(_ text: UnsafeBufferPointer<UInt8>, trim: Bool) {
        let lineStart = startLine()
        bytes.append(text)
        if text.isEmpty || trim { trimSpaces(after: lineStart) }
    }

    /// Starts a line: the newline ending the previous one, then the prefixes; returns where the prefixes start.
    private mutating func startLine() -> Int {
        if bytes.count > 0 { bytes.append(0x0A) }
        let lineStart = bytes.count
        if usedCount == levels.count {
            if rests.count > 0 { Self.append(rests, 0..<rests.count, to: &bytes) }
        } else {
            let level = levels[usedCount]
            Self.append(rests, 0..<level.restStart, to: &bytes)
            Self.append(firsts, level.firstStart..<firsts.count, to: &bytes)
            usedCount = levels.count
        }
        return lineStart
    }

    /// Appends the bytes of `source` in `range` to `output`: passed as a parameter, the source is read in
    /// place, not retained as a property read beside a mutated one is.
    @inline(__always)
    private static func append(_ source: LineBytes, _ range: Range<Int>, to output: inout LineBytes) {
        source.withUnsafeBufferPointer { output.append(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Drops the spaces that end the output, back to `lineStart` at most.
    private mutating func trimSpaces(after lineStart: Int) {
        let end = bytes.withUnsafeBufferPointer { $0.spacesStart(before: $0.count, from: lineStart) }
        bytes.removeLast(bytes.count - end)
    }

    /// Calls `body` with `text` as one buffer, copying only when it is not stored contiguously.
    private static func withBuffer(_ text: some Collection<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if text.withContiguousStorageIfAvailable(body) == nil {
            Array(text).withUnsafeBufferPointer(body)
        }
    }
}
