/// Styled terminal lines held in one text buffer: every run's UTF-8 back to back, each run's end and
/// style, each line's last run. Rendering appends to it without a `String` or an array per line;
/// a `StyledLine` is made only when a line is read.
///
/// - Note: Offsets are 32-bit to keep the records small: text past 4 GiB (no real page comes near)
///   is dropped.
public struct TerminalLines: RandomAccessCollection, Sendable, Hashable {
    /// Where a run's text starts in `bytes`, and its style; it ends where the next run starts, the
    /// last at the end of the text. A run that grows is not written to.
    struct Run: Sendable, Hashable {
        var start: UInt32
        var style: PackedStyle
    }

    /// Where a line's runs end in `runs`, its display width and how it overflows.
    struct Line: Sendable, Hashable {
        var runEnd: UInt32
        var width: UInt32
        var overflow: LineOverflow
    }

    private(set) var bytes = LineBytes()
    private(set) var runs: [Run] = []
    private(set) var lines: [Line] = []
    /// The display width of the line being appended to.
    private(set) var openWidth = 0
    /// Where the open line's runs start in `runs` (the last line's run end), kept for every append.
    private var openRunStart = 0

    /// Creates an empty set of lines.
    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { lines.count }

    /// The line at `position`, its runs made into strings.
    public subscript(position: Int) -> StyledLine {
        var styled: [StyledRun] = []
        styled.reserveCapacity(runRange(ofLine: position).count)
        bytes.withUnsafeBufferPointer { buffer in
            for run in runRange(ofLine: position) {
                let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[byteRange(ofRun: run)]), as: UTF8.self)
                styled.append(StyledRun(text, runs[run].style.style))
            }
        }
        return StyledLine(runs: styled, overflow: lines[position].overflow)
    }

    // MARK: Reading

    /// The indices in `runs` of the runs of line `line`.
    func runRange(ofLine line: Int) -> Range<Int> {
        (line == 0 ? 0 : Int(lines[line - 1].runEnd))..<Int(lines[line].runEnd)
    }

    /// The range in `bytes` of run `run`.
    func byteRange(ofRun run: Int) -> Range<Int> {
        Int(runs[run].start)..<(run + 1 < runs.count ? Int(runs[run + 1].start) : bytes.count)
    }

    /// The display width of line `line`.
    func width(ofLine line: Int) -> Int { Int(lines[line].width) }

    /// How line `line` overflows.
    func overflow(ofLine line: Int) -> LineOverflow { lines[line].overflow }

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
        guard !text.isEmpty, bytes.count + text.count <= UInt32.max else { return }
        let start = bytes.count
        bytes.append(text)
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
        guard count > 0, !glyph.isEmpty, bytes.count + glyph.count * count <= UInt32.max else { return }
        let start = bytes.count
        bytes.append(glyph, repeating: count)
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
    /// nothing written) when it has that style.
    @inline(__always)
    private mutating func recordRun(start: Int, style: PackedStyle) {
        if runs.count == openRunStart || runs[runs.count - 1].style != style {
            runs.append(Run(start: UInt32(truncatingIfNeeded: start), style: style))  // appends keep the text within 4 GiB
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
        other.bytes.withUnsafeBufferPointer { buffer in
            for run in other.runRange(ofLine: line) {
                let text = UnsafeBufferPointer(rebasing: buffer[other.byteRange(ofRun: run)])
                append(text, style: other.runs[run].style, width: 0)
            }
        }
        openWidth += other.width(ofLine: line)
    }

    /// Appends every line of `other` as lines of their own; the open line must be empty.
    mutating func append(lines other: TerminalLines) {
        guard bytes.count + other.bytes.count <= UInt32.max else { return }
        let byteBase = UInt32(bytes.count)
        let runBase = UInt32(runs.count)
        other.bytes.withUnsafeBufferPointer { bytes.append($0) }
        for run in other.runs { runs.append(Run(start: run.start + byteBase, style: run.style)) }
        for line in other.lines { lines.append(Line(runEnd: line.runEnd + runBase, width: line.width, overflow: line.overflow)) }
        openRunStart = Int(lines.last?.runEnd ?? 0)
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
        other.bytes.withUnsafeBufferPointer { buffer in
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
        let lineWidth = line.map { other.width(ofLine: $0) } ?? 0
        if let line, lineWidth > width {
            append(border, style: borderStyle, width: 1)
            appendSpaces(1)
            let start = openWidth
            append(line: line, of: other, clippedTo: width, marker: marker)
            appendSpaces(Swift.max(0, width - (openWidth - start)) + 1)
            return
        }
        let runRange = line.map { other.runRange(ofLine: $0) } ?? 0..<0
        let textStart = runRange.isEmpty ? 0 : Int(other.runs[runRange.lowerBound].start)
        let textEnd = runRange.isEmpty ? 0 : other.byteRange(ofRun: runRange.upperBound - 1).upperBound
        let padding = width - lineWidth + 1
        guard bytes.count + border.count + 1 + (textEnd - textStart) + padding <= UInt32.max else { return }
        recordRun(start: bytes.count, style: borderStyle)
        bytes.append(border)
        let space = PackedStyle(RunStyle())
        recordRun(start: bytes.count, style: space)
        if textStart < textEnd {
            bytes.append(repeating: 0x20, count: 1)
            let shift = bytes.count - textStart
            other.bytes.withUnsafeBufferPointer { bytes.append(UnsafeBufferPointer(rebasing: $0[textStart..<textEnd])) }
            for run in runRange where !other.byteRange(ofRun: run).isEmpty {
                recordRun(start: Int(other.runs[run].start) + shift, style: other.runs[run].style)
            }
            recordRun(start: bytes.count, style: space)
            bytes.append(repeating: 0x20, count: padding)
        } else {
            // No text: the spaces before and after it are one run.
            bytes.append(repeating: 0x20, count: 1 + padding)
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
        other.bytes.withUnsafeBufferPointer { buffer in
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
        bytes.withUnsafeBufferPointer { buffer in
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
        let first = openRunStart
        bytes.removeLast(bytes.count - offset)
        while runs.count > first && Int(runs[runs.count - 1].start) >= offset { runs.removeLast() }
    }

    /// Ends the open line; `width` replaces the appended runs' widths when the caller measured the line
    /// as a whole.
    mutating func endLine(_ overflow: LineOverflow = .wrapped, width: Int? = nil) {
        lines.append(Line(runEnd: UInt32(runs.count), width: UInt32(clamping: width ?? openWidth), overflow: overflow))
        openRunStart = runs.count
        openWidth = 0
    }

    /// Removes the spaces at the end of the open line.
    mutating func trimOpenLineTrailingSpaces() {
        while runs.count > openRunStart, let last = bytes.last, last == 0x20 {
            bytes.removeLast()
            openWidth -= 1
            if Int(runs[runs.count - 1].start) == bytes.count { runs.removeLast() }
        }
    }

    /// Sets the style of every run from `line` on with `restyle`.
    mutating func restyleRuns(fromLine line: Int, _ restyle: (RunStyle) -> RunStyle) {
        let first = line == 0 ? 0 : Int(lines[line - 1].runEnd)
        for index in first..<runs.count { runs[index].style = PackedStyle(restyle(runs[index].style.style)) }
    }

    /// Makes room for `byteCount` bytes of text in `lineCount` lines without growing.
    mutating func reserveCapacity(bytes byteCount: Int, lines lineCount: Int) {
        bytes.reserveCapacity(byteCount)
        runs.reserveCapacity(3 * lineCount)
        lines.reserveCapacity(lineCount)
    }

    /// Empties the lines, keeping the storage for reuse.
    mutating func removeAll() {
        bytes.removeAll()
        runs.removeAll(keepingCapacity: true)
        lines.removeAll(keepingCapacity: true)
        openRunStart = 0
        openWidth = 0
    }
}
