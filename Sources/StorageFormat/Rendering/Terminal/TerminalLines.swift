/// Styled terminal lines held in one text buffer: every run's UTF-8 back to back, each run's start and
/// style, each line's last run. Rendering appends to it without a `String` or an array per line;
/// a `StyledLine` is made only when a line is read.
///
/// The text, runs and lines lie in blocks one storage object owns, copied on write: an append checks
/// that one object for uniqueness, not each of three arrays, and writes through pointers kept here.
///
/// - Note: Offsets are 32-bit to keep the records small: text past 4 GiB (no real page comes near)
///   is dropped. Sendable like an array: the blocks are written only while the storage is unique.
public struct TerminalLines: RandomAccessCollection, @unchecked Sendable, Hashable {
    /// Where a run's text starts in the text, and its style; it ends where the next run starts, the
    /// last at the end of the text. A run that grows is not written to.
    struct Run: Sendable, Hashable {
        var start: UInt32
        var style: PackedStyle
    }

    /// Where a line's runs end in the runs, its display width and how it overflows.
    struct Line: Sendable, Hashable {
        var runEnd: UInt32
        var width: UInt32
        var overflow: LineOverflow
    }

    /// Owns the three blocks: a unique storage grows one in place, a shared one is copied whole.
    private final class Storage: @unchecked Sendable {
        var text: UnsafeMutablePointer<UInt8>
        var runs: UnsafeMutablePointer<Run>
        var lines: UnsafeMutablePointer<Line>

        /// The storage of empty lines, shared by all until their first write.
        static let empty = Storage(text: .allocate(capacity: 0), runs: .allocate(capacity: 0), lines: .allocate(capacity: 0))

        init(text: UnsafeMutablePointer<UInt8>, runs: UnsafeMutablePointer<Run>, lines: UnsafeMutablePointer<Line>) {
            self.text = text
            self.runs = runs
            self.lines = lines
        }

        deinit {
            text.deallocate()
            runs.deallocate()
            lines.deallocate()
        }
    }

    /// One of the storage's blocks as these lines see it: where it lies, how many records are in use
    /// and how many fit.
    private struct Block<Element> {
        var base: UnsafeMutablePointer<Element>
        var count = 0
        var capacity = 0

        init(_ base: UnsafeMutablePointer<Element>) { self.base = base }

        /// The record at `index`, which must be in use.
        @inline(__always)
        subscript(index: Int) -> Element {
            precondition(index >= 0 && index < count, "record index out of range")
            return base[index]
        }

        var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

        /// Appends `element`; there must be room (the storage made unique and large enough).
        @inline(__always)
        mutating func appendInRoom(_ element: Element) {
            (base + count).initialize(to: element)
            count += 1
        }

        /// A copy of the block in new memory holding `added` more records: the current capacity when
        /// they fit, else at least double it and never below `minimum`.
        func copy(adding added: Int, minimum: Int) -> Block {
            let capacity = capacity - count >= added ? capacity : Swift.max(count + added, 2 * capacity, minimum)
            var copy = Block(.allocate(capacity: capacity))
            copy.base.initialize(from: base, count: count)
            copy.count = count
            copy.capacity = capacity
            return copy
        }

        /// Whether `added` more records fit.
        func fits(_ added: Int) -> Bool { capacity - count >= added }
    }

    private var storage = Storage.empty
    private var text = Block(Storage.empty.text)
    private var runs = Block(Storage.empty.runs)
    private var lineRecords = Block(Storage.empty.lines)
    /// The display width of the line being appended to.
    private(set) var openWidth = 0
    /// Where the open line's runs start in the runs (the last line's run end), kept for every append.
    private var openRunStart = 0

    /// Creates an empty set of lines.
    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { lineRecords.count }

    /// The line at `position`, its runs made into strings.
    public subscript(position: Int) -> StyledLine {
        var styled: [StyledRun] = []
        styled.reserveCapacity(runRange(ofLine: position).count)
        withUnsafeText { buffer in
            for run in runRange(ofLine: position) {
                let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[byteRange(ofRun: run)]), as: UTF8.self)
                styled.append(StyledRun(text, runs[run].style.style))
            }
        }
        return StyledLine(runs: styled, overflow: lineRecords[position].overflow)
    }

    // MARK: Reading

    /// How many bytes of text there are.
    var byteCount: Int { text.count }

    /// Calls `body` with the text of every run.
    func withUnsafeText<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(storage) { try body(text.buffer) }
    }

    /// The indices in the runs of the runs of line `line`; inlined, like the reads below, into the per-line
    /// copies of table cells.
    @inline(__always)
    func runRange(ofLine line: Int) -> Range<Int> {
        (line == 0 ? 0 : Int(lineRecords[line - 1].runEnd))..<Int(lineRecords[line].runEnd)
    }

    /// The range in the text of run `run`.
    @inline(__always)
    func byteRange(ofRun run: Int) -> Range<Int> {
        Int(runs[run].start)..<(run + 1 < runs.count ? Int(runs[run + 1].start) : text.count)
    }

    /// The display width of line `line`.
    @inline(__always)
    func width(ofLine line: Int) -> Int { Int(lineRecords[line].width) }

    /// How line `line` overflows.
    func overflow(ofLine line: Int) -> LineOverflow { lineRecords[line].overflow }

    // MARK: Storage

    /// Makes the storage unique with room for `added` more bytes of text; inlined into every append.
    @inline(__always)
    private mutating func makeRoom(forText added: Int) {
        if !isKnownUniquelyReferenced(&storage) || text.capacity &- text.count < added {
            makeRoom(text: added, runs: 0, lines: 0)
        }
    }

    /// Makes the storage unique with room for `addedText` more bytes, `addedRuns` runs and `addedLines` lines.
    private mutating func reserve(text addedText: Int, runs addedRuns: Int, lines addedLines: Int) {
        if !isKnownUniquelyReferenced(&storage) || !text.fits(addedText) || !runs.fits(addedRuns) || !lineRecords.fits(addedLines) {
            makeRoom(text: addedText, runs: addedRuns, lines: addedLines)
        }
    }

    /// Makes the storage unique with room for `addedText` more bytes, `addedRuns` runs and `addedLines`
    /// lines: a unique storage replaces only the blocks too small, a shared one is copied. Text grows to
    /// at least 64 bytes, runs to 16 and lines to 8 at the first.
    private mutating func makeRoom(text addedText: Int, runs addedRuns: Int, lines addedLines: Int) {
        guard isKnownUniquelyReferenced(&storage) else {
            text = text.copy(adding: addedText, minimum: 64)
            runs = runs.copy(adding: addedRuns, minimum: 16)
            lineRecords = lineRecords.copy(adding: addedLines, minimum: 8)
            storage = Storage(text: text.base, runs: runs.base, lines: lineRecords.base)
            return
        }
        if !text.fits(addedText) {
            text = text.copy(adding: addedText, minimum: 64)
            storage.text.deallocate()
            storage.text = text.base
        }
        if !runs.fits(addedRuns) {
            runs = runs.copy(adding: addedRuns, minimum: 16)
            storage.runs.deallocate()
            storage.runs = runs.base
        }
        if !lineRecords.fits(addedLines) {
            lineRecords = lineRecords.copy(adding: addedLines, minimum: 8)
            storage.lines.deallocate()
            storage.lines = lineRecords.base
        }
    }

    /// Copies `count` bytes from `source` to the end of the text, which has room for them.
    @inline(__always)
    private mutating func appendInRoom(_ source: UnsafePointer<UInt8>, count: Int) {
        (text.base + text.count).initialize(from: source, count: count)
        text.count &+= count
    }

    /// Appends a space `count` times to the text, which has room for them.
    @inline(__always)
    private mutating func appendSpacesInRoom(_ count: Int) {
        (text.base + text.count).initialize(repeating: 0x20, count: count)
        text.count &+= count
    }

    // MARK: Appending

    /// Appends `text`, `width` cells wide, to the open line in `style`; joins the previous run when it
    /// has the same style.
    mutating func append(_ text: UnsafeBufferPointer<UInt8>, style: RunStyle, width: Int) {
        append(text, style: PackedStyle(style), width: width)
    }

    /// Appends `text`, `width` cells wide, to the open line in a packed `style`; inlined into the
    /// per-line and per-stretch callers.
    @inline(__always)
    mutating func append(_ text: UnsafeBufferPointer<UInt8>, style: PackedStyle, width: Int) {
        guard let source = text.baseAddress, !text.isEmpty, self.text.count + text.count <= UInt32.max else { return }
        let start = self.text.count
        makeRoom(forText: text.count)
        appendInRoom(source, count: text.count)
        endRun(from: start, style: style, width: width)
    }

    /// Appends `glyph`, a one-cell character, `count` times in `style`.
    mutating func appendRepeated(_ glyph: StaticString, count: Int, style: RunStyle = RunStyle()) {
        appendRepeated(glyph, count: count, style: PackedStyle(style))
    }

    /// Appends `glyph`, a one-cell character, `count` times in a packed `style`.
    mutating func appendRepeated(_ glyph: StaticString, count: Int, style: PackedStyle) {
        glyph.withUTF8Buffer { appendRepeated($0, count: count, style: style) }
    }

    /// Appends the UTF-8 of a one-cell character `count` times in `style`.
    private mutating func appendRepeated(_ glyph: UnsafeBufferPointer<UInt8>, count: Int, style: PackedStyle) {
        guard count > 0, !glyph.isEmpty, text.count + glyph.count * count <= UInt32.max else { return }
        let start = text.count
        let total = glyph.count * count
        makeRoom(forText: total)
        (text.base + start).initialize(repeating: glyph, byteCount: total)
        text.count = start + total
        endRun(from: start, style: style, width: count)
    }

    /// Ends the run of the bytes just appended from `start`: the open line's last run grows when it
    /// has `style`. Inlined: it follows every append.
    @inline(__always)
    private mutating func endRun(from start: Int, style: PackedStyle, width: Int) {
        openWidth += width
        recordRun(start: start, style: style)
    }

    /// Records that the open line's text from byte `start` on is in `style`: the last run grows (with
    /// nothing written) when it has that style. The storage is unique (the text was just made room for).
    @inline(__always)
    private mutating func recordRun(start: Int, style: PackedStyle) {
        if runs.count == openRunStart || runs[runs.count - 1].style != style {
            if runs.count == runs.capacity { makeRoom(text: 0, runs: 1, lines: 0) }
            runs.appendInRoom(Run(start: UInt32(truncatingIfNeeded: start), style: style))  // appends keep the text within 4 GiB
        }
    }

    /// Appends `text` to the open line in `style`; its width is measured unless given.
    mutating func append(_ text: String, style: RunStyle, width: Int? = nil) {
        text.withUTF8Buffer { append($0, style: style, width: width ?? LineTools.width(of: $0)) }
    }

    /// Appends static `text`, `width` cells wide, to the open line in `style`.
    mutating func append(_ text: StaticString, style: RunStyle, width: Int) {
        text.withUTF8Buffer { append($0, style: style, width: width) }
    }

    /// Appends `count` spaces to the open line.
    mutating func appendSpaces(_ count: Int) {
        (" " as StaticString).withUTF8Buffer { appendRepeated($0, count: count, style: PackedStyle(RunStyle())) }
    }

    /// Appends the runs of line `line` of `other` to the open line.
    mutating func append(line: Int, of other: TerminalLines) {
        other.withUnsafeText { buffer in
            for run in other.runRange(ofLine: line) {
                let text = UnsafeBufferPointer(rebasing: buffer[other.byteRange(ofRun: run)])
                append(text, style: other.runs[run].style, width: 0)
            }
        }
        openWidth += other.width(ofLine: line)
    }

    /// Appends every line of `other` as lines of their own; the open line must be empty.
    mutating func append(lines other: TerminalLines) {
        guard text.count + other.text.count <= UInt32.max else { return }
        let byteBase = UInt32(text.count)
        let runBase = UInt32(runs.count)
        reserve(text: other.text.count, runs: other.runs.count, lines: other.lineRecords.count)
        other.withUnsafeText { if let source = $0.baseAddress { appendInRoom(source, count: $0.count) } }
        for run in other.runs.buffer { runs.appendInRoom(Run(start: run.start + byteBase, style: run.style)) }
        for line in other.lineRecords.buffer {
            lineRecords.appendInRoom(Line(runEnd: line.runEnd + runBase, width: line.width, overflow: line.overflow))
        }
        openRunStart = lineRecords.count == 0 ? 0 : Int(lineRecords[lineRecords.count - 1].runEnd)
    }

    /// Appends line `line` of `other`, cut to `width` cells with `marker` (one cell) as its last cell
    /// when it is wider; returns whether it was cut.
    ///
    /// - Note: like `prefix(of:fitting:)`, a cluster is never split, so the cut line may be narrower.
    @discardableResult
    mutating func append(line: Int, of other: TerminalLines, clippedTo width: Int, marker: StaticString) -> Bool {
        guard other.width(ofLine: line) > width else {
            append(line: line, of: other)
            return false
        }
        let limit = Swift.max(0, width - 1)
        var used = 0
        other.withUnsafeText { buffer in
            for run in other.runRange(ofLine: line) {
                let text = UnsafeBufferPointer(rebasing: buffer[other.byteRange(ofRun: run)])
                let (end, runWidth) = LineTools.prefix(of: text, fitting: limit - used)
                append(UnsafeBufferPointer(rebasing: text[..<end]), style: other.runs[run].style, width: runWidth)
                used += runWidth
                if end < text.count { break }
            }
        }
        if width > 0 { append(marker, style: RunStyle(role: .annotation, attributes: .dim), width: 1) }
        return true
    }

    /// Appends a table cell's segment of one line: `border` (one cell) in `borderStyle`, a space, line
    /// `line` of `other` (nothing when nil), then spaces to `width` cells and one more; a wider line is
    /// cut with `marker` (one cell) as its last cell.
    ///
    /// A segment whose line fits is written in one pass: the border, the text and the spaces around it
    /// are copied, then the runs recorded as appending each piece would.
    mutating func appendCell(line: Int?, of other: TerminalLines, width: Int, border: UnsafeBufferPointer<UInt8>,
                             borderStyle: PackedStyle, marker: StaticString) {
        guard let line else {
            // Below a cell's lines: the border, then spaces through the segment.
            append(border, style: borderStyle, width: 1)
            appendSpaces(width + 2)
            return
        }
        let lineWidth = other.width(ofLine: line)
        if lineWidth > width {
            append(border, style: borderStyle, width: 1)
            appendSpaces(1)
            let start = openWidth
            append(line: line, of: other, clippedTo: width, marker: marker)
            appendSpaces(Swift.max(0, width - (openWidth - start)) + 1)
            return
        }
        let runRange = other.runRange(ofLine: line)
        let textStart = runRange.isEmpty ? 0 : Int(other.runs[runRange.lowerBound].start)
        let textEnd = runRange.isEmpty ? 0 : other.byteRange(ofRun: runRange.upperBound - 1).upperBound
        let padding = width - lineWidth + 1
        let added = border.count + 1 + (textEnd - textStart) + padding
        guard text.count + added <= UInt32.max else { return }
        makeRoom(forText: added)
        recordRun(start: text.count, style: borderStyle)
        if let borderStart = border.baseAddress { appendInRoom(borderStart, count: border.count) }
        let space = PackedStyle(RunStyle())
        recordRun(start: text.count, style: space)
        if textStart < textEnd {
            appendSpacesInRoom(1)
            let shift = text.count - textStart
            other.withUnsafeText { appendInRoom($0.baseAddress! + textStart, count: textEnd - textStart) }
            for run in runRange where !other.byteRange(ofRun: run).isEmpty {
                recordRun(start: Int(other.runs[run].start) + shift, style: other.runs[run].style)
            }
            recordRun(start: text.count, style: space)
            appendSpacesInRoom(padding)
        } else {
            // An empty line: the spaces before and after it are one run.
            appendSpacesInRoom(1 + padding)
        }
        openWidth += 2 + lineWidth + padding
    }

    /// Adds `width` cells to the open line's width (for text appended without its width).
    mutating func widenOpenLine(by width: Int) {
        openWidth += width
    }

    /// Appends the text in `range` of `other`'s bytes, each part in its run's style. The search starts at
    /// run `run`, which is left at the run holding the range's end, so ranges taken in order cost their length.
    mutating func append(_ range: Range<Int>, of other: TerminalLines, fromRun run: inout Int) {
        other.withUnsafeText { buffer in
            while run < other.runs.count {
                let runBytes = other.byteRange(ofRun: run)
                let part = runBytes.clamped(to: range)
                if !part.isEmpty {
                    append(UnsafeBufferPointer(rebasing: buffer[part]), style: other.runs[run].style, width: 0)
                }
                if runBytes.upperBound > range.upperBound { return }
                run += 1
            }
        }
    }

    /// Cuts the open line's text at byte `offset`: the text from `resume` on becomes a line of `tail`
    /// (its width 0) and the text between is dropped.
    mutating func cutOpenLine(at offset: Int, resumingAt resume: Int, into tail: inout TerminalLines) {
        let first = openRunStart
        withUnsafeText { buffer in
            for run in first..<runs.count {
                let range = byteRange(ofRun: run)
                let kept = Swift.max(range.lowerBound, resume)..<Swift.max(range.upperBound, resume)
                tail.append(UnsafeBufferPointer(rebasing: buffer[kept]), style: runs[run].style, width: 0)
            }
        }
        tail.endLine(width: 0)
        removeOpenText(from: offset)
    }

    /// Removes the open line's text from byte `offset` on (its width stays).
    mutating func removeOpenText(from offset: Int) {
        precondition(offset >= 0 && offset <= text.count, "removing more bytes than there are")
        text.count = offset
        while runs.count > openRunStart && Int(runs[runs.count - 1].start) >= offset { runs.count -= 1 }
    }

    /// Ends the open line; `width` replaces the appended runs' widths when the caller measured the line
    /// as a whole. Inlined: a line's record is a few stores.
    @inline(__always)
    mutating func endLine(_ overflow: LineOverflow = .wrapped, width: Int? = nil) {
        if !isKnownUniquelyReferenced(&storage) || lineRecords.count == lineRecords.capacity {
            makeRoom(text: 0, runs: 0, lines: 1)
        }
        lineRecords.appendInRoom(Line(runEnd: UInt32(runs.count), width: UInt32(clamping: width ?? openWidth), overflow: overflow))
        openRunStart = runs.count
        openWidth = 0
    }

    /// Removes the spaces at the end of the open line.
    mutating func trimOpenLineTrailingSpaces() {
        while runs.count > openRunStart, text.count > 0, text.base[text.count - 1] == 0x20 {
            text.count -= 1
            openWidth -= 1
            if Int(runs[runs.count - 1].start) == text.count { runs.count -= 1 }
        }
    }

    /// Sets the style of every run from `line` on with `restyle`.
    mutating func restyleRuns(fromLine line: Int, _ restyle: (RunStyle) -> RunStyle) {
        let first = line == 0 ? 0 : Int(lineRecords[line - 1].runEnd)
        reserve(text: 0, runs: 0, lines: 0)
        for index in first..<runs.count { runs.base[index].style = PackedStyle(restyle(runs[index].style.style)) }
    }

    /// Makes room for `byteCount` bytes of text in `lineCount` lines without growing.
    mutating func reserveCapacity(bytes byteCount: Int, lines lineCount: Int) {
        reserve(text: byteCount - text.count, runs: 3 * lineCount - runs.count, lines: lineCount - lineRecords.count)
    }

    /// Empties the lines, keeping the storage for reuse.
    mutating func removeAll() {
        text.count = 0
        runs.count = 0
        lineRecords.count = 0
        openRunStart = 0
        openWidth = 0
    }

    public static func == (lhs: TerminalLines, rhs: TerminalLines) -> Bool {
        lhs.openWidth == rhs.openWidth && lhs.openRunStart == rhs.openRunStart
            && lhs.withUnsafeText { left in rhs.withUnsafeText { left.elementsEqual($0) } }
            && withExtendedLifetime((lhs.storage, rhs.storage)) {
                lhs.runs.buffer.elementsEqual(rhs.runs.buffer) && lhs.lineRecords.buffer.elementsEqual(rhs.lineRecords.buffer)
            }
    }

    public func hash(into hasher: inout Hasher) {
        withUnsafeText { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        withExtendedLifetime(storage) {
            for run in runs.buffer { hasher.combine(run) }
            for line in lineRecords.buffer { hasher.combine(line) }
        }
        hasher.combine(openWidth)
        hasher.combine(openRunStart)
    }
}
