/// Word-wraps styled spans to a display width, measuring CJK and emoji as two cells and combining
/// marks as none. Breaks at spaces, between CJK characters (keeping the kinsoku rules of
/// `LineBreakClass`), after zero-width spaces and at soft hyphens, which show as a hyphen only there;
/// a word wider than the line is split between clusters.
///
/// Works on UTF-8 bytes, no `Character` iteration: text is appended once, straight to the open output
/// line behind the containers' prefixes, and when the line overflows it is cut at the last break
/// opportunity, the words after it moving to the next line. One wrapper is reused for every paragraph of a render.
struct LineWrapper {
    private var width = 1
    /// Where the open line's text starts in the output's bytes; nil until its first text (a line
    /// opens only when it has text or ends empty, so no prefixes go out for a line that never is).
    private var lineStart: Int?
    private var lineWidth = 0
    /// The last break opportunity on the line.
    private var lineBreak: LineBreak?
    /// The break class of the last cluster written, which decides a break before the next one.
    private var previousClass = LineBreakClass.lineStart
    private var pendingSpace: RunStyle?
    /// A soft hyphen that ended a span, decided when the next span shows whether a word goes on after it.
    private var pendingSoftHyphen: RunStyle?
    private var counter = DisplayWidthCounter()
    /// The lines this wrap has ended, and the widest one's width.
    private var lineCount = 0
    private var widest = 0
    /// The words a cut moves to the next line.
    private var carried = TerminalLines()
    /// Whether the open line has no text yet and follows a line the wrapper broke (not a line break of the
    /// content's): ideographic spaces there go with the break, as spaces do.
    private var afterWrap = false

    /// A place the open line may break, as offsets in the output's bytes.
    private struct LineBreak {
        /// Where a line broken here ends (before the space, if the break is one) and its width there.
        var offset: Int
        var width: Int
        /// Where the next line starts and the open line's width there (past the space, if any).
        var resume: Int
        var resumeWidth: Int
        /// For a soft hyphen, the style of the hyphen a line broken here ends with.
        var hyphen: RunStyle?
    }

    /// Wraps inline content resolved with `options` at `width` into `output`; returns the widest line's
    /// width.
    @discardableResult
    mutating func wrap(
        _ inlines: [Inline], base: RunStyle, options: RenderOptions, width: Int, into output: inout PrefixedTerminalLines
    ) -> Int {
        reset(width: width)
        InlineSpan.visit(inlines, base: base, options: options) { add($0, to: &output) }
        return finish(&output)
    }

    /// Wraps `spans` at `width` into `output`; returns the widest line's width.
    @discardableResult
    mutating func wrap(_ spans: [InlineSpan], width: Int, into output: inout PrefixedTerminalLines) -> Int {
        reset(width: width)
        for span in spans { add(span, to: &output) }
        return finish(&output)
    }

    /// Prepares for new content at `width` (the line state is already clear: every wrap ends by
    /// ending its last line).
    private mutating func reset(width: Int) {
        self.width = max(1, width)
        previousClass = .lineStart
        afterWrap = false
        lineCount = 0
        widest = 0
    }

    private mutating func add(_ span: InlineSpan, to output: inout PrefixedTerminalLines) {
        let style = span.style
        span.text.withUTF8Buffer { buffer in
            if buffer.count == 1 && buffer[0] == 0x0A {
                pendingSpace = nil
                pendingSoftHyphen = nil
                endLine(&output)
                return
            }
            var index = 0
            while index < buffer.count {
                if let hyphen = pendingSoftHyphen {
                    pendingSoftHyphen = nil
                    addSoftHyphen(style: hyphen, before: buffer, at: index, &output)
                }
                if buffer[index] == 0x20 {
                    pendingSpace = style
                    counter = DisplayWidthCounter()
                    previousClass = .lineStart
                    index += 1
                    continue
                }
                if afterWrap && LineTools.isIdeographicSpace(buffer, at: index) {
                    index += 3
                    continue
                }
                if LineTools.isSoftHyphen(buffer, at: index) {
                    index += 2
                    if index < buffer.count {
                        addSoftHyphen(style: style, before: buffer, at: index, &output)
                    } else {
                        pendingSoftHyphen = style
                    }
                    continue
                }
                // The space before the stretch, when the line has text: written with the stretch when it
                // is this span's (the byte before), else on its own in its span's style.
                var spaceBefore = 0
                if let space = pendingSpace {
                    pendingSpace = nil
                    if lineWidth > 0 {
                        if index > 0 && buffer[index - 1] == 0x20 {
                            spaceBefore = 1
                        } else {
                            (" " as StaticString).withUTF8Buffer { append($0, style: space, to: &output) }
                        }
                        let offset = output.lines.byteCount - 1 + spaceBefore
                        lineBreak = LineBreak(
                            offset: offset, width: lineWidth, resume: offset + 1, resumeWidth: lineWidth + 1
                        )
                        lineWidth += 1
                    }
                }
                index = addStretch(buffer, from: index, spaceBefore: spaceBefore, style: style, to: &output)
            }
        }
    }

    /// Notes a soft hyphen at the end of the open line, before the text at `index` of `buffer`, as a break
    /// opportunity, when the line has text and room for the hyphen and that text may start a line; the soft
    /// hyphen itself is never written. A line already full before the soft hyphen of a word that goes on is
    /// cut at its last break first, so the hyphen's break is kept.
    private mutating func addSoftHyphen(
        style: RunStyle, before buffer: UnsafeBufferPointer<UInt8>, at index: Int, _ output: inout PrefixedTerminalLines
    ) {
        counter = DisplayWidthCounter()
        previousClass = .lineStart
        let beforeWord = buffer[index] != 0x20 && !LineTools.isSoftHyphen(buffer, at: index)
        guard pendingSpace == nil, lineWidth > 0,
            !beforeWord || LineBreakClass(Self.scalar(in: buffer, at: index).scalar).mayStartLine
        else { return }
        if lineWidth >= width && beforeWord, let lineBreak { cut(at: lineBreak, &output) }
        guard lineWidth < width else { return }
        let offset = output.lines.byteCount
        lineBreak = LineBreak(offset: offset, width: lineWidth, resume: offset, resumeWidth: lineWidth, hyphen: style)
    }

    /// Appends the words from `start` (not a space or soft hyphen) in one piece, with the break
    /// opportunities between them, stopping after the word that overflows the line or before a run of
    /// spaces or a soft hyphen; returns where it stopped. The `spaceBefore` bytes before `start` (the
    /// break before the stretch, or none) go out with it.
    private mutating func addStretch(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, spaceBefore: Int, style: RunStyle,
        to output: inout PrefixedTerminalLines
    ) -> Int {
        openLine(&output)
        afterWrap = false
        // Where the stretch's first byte goes in the output.
        let base = output.lines.byteCount + spaceBefore
        // Right after a break (the space `add` wrote or writes before the stretch, or a soft hyphen), an
        // overflowing first word starts the next line.
        let stretch = WordStretch(
            buffer, from: start, lineWidth: lineWidth, width: width, afterBreak: lineBreak?.resume == base,
            lineHasBreak: lineBreak != nil, joinsWords: style.role.joinsWords && joinsWords(buffer), after: previousClass, counter: &counter
        )
        previousClass = stretch.lastClass
        if stretch.lastBreak >= 0 {
            lineBreak = LineBreak(
                offset: base + stretch.lastBreak - start, width: stretch.widthBeforeBreak,
                resume: base + stretch.resume - start, resumeWidth: stretch.widthAtResume
            )
        }
        if stretch.overflows {
            return breakBefore(buffer, word: stretch.end, from: start - spaceBefore, style: style, &output)
        }
        append(UnsafeBufferPointer(rebasing: buffer[(start - spaceBefore)..<stretch.end]), style: style, to: &output)
        lineWidth = stretch.lineWidth
        if lineWidth > width { overflow(&output) }
        return stretch.end
    }

    /// Whether the spaces of `text`, a status or a user's name, break only as a last resort: when it fits a line of its
    /// own, with two cells to spare for its brackets or the punctuation around it.
    private func joinsWords(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        displayWidth(of: String(decoding: text, as: UTF8.self)) <= width - 2
    }

    /// Ends the line at the break just before the overflowing word at `word` (the stretch from `start`
    /// goes out up to it); returns the word, which starts the next line.
    private mutating func breakBefore(
        _ buffer: UnsafeBufferPointer<UInt8>, word: Int, from start: Int, style: RunStyle, _ output: inout PrefixedTerminalLines
    ) -> Int {
        append(UnsafeBufferPointer(rebasing: buffer[start..<word]), style: style, to: &output)
        // A stretch overflows only after a break: its own, or the one just before it.
        guard let lineBreak else { preconditionFailure("a stretch overflowed with no break to take") }
        output.lines.removeOpenText(from: lineBreak.offset)
        closeLine(at: lineBreak, &output)
        lineWidth = 0
        counter = DisplayWidthCounter()
        previousClass = .lineStart
        afterWrap = true
        return word
    }

    private mutating func finish(_ output: inout PrefixedTerminalLines) -> Int {
        pendingSpace = nil
        pendingSoftHyphen = nil
        if lineStart != nil || lineCount == 0 { endLine(&output) }
        return widest
    }

    // MARK: Lines

    /// Starts the output line behind the prefixes unless it is open.
    private mutating func openLine(_ output: inout PrefixedTerminalLines) {
        guard lineStart == nil else { return }
        output.openLine()
        lineStart = output.lines.byteCount
    }

    private func append(_ bytes: UnsafeBufferPointer<UInt8>, style: RunStyle, to output: inout PrefixedTerminalLines) {
        output.lines.append(bytes, style: style, width: 0)
    }

    /// The line is too wide: cut at the last break, then split what is still too wide.
    private mutating func overflow(_ output: inout PrefixedTerminalLines) {
        if let lineBreak { cut(at: lineBreak, &output) }
        if lineWidth > width { splitLongWord(&output) }
    }

    /// The scalar starting at `index` of `bytes`, and how many bytes it takes (cut short at the end).
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let length = min(sequenceLength(bytes[index]), bytes.count - index)
        return (scalar(bytes, at: index, length: length), length)
    }

    /// Splits the open line, still too wide, between clusters into lines that fit, the last left open (a
    /// single cluster wider than the line stays whole). Its text leaves the output once and comes back a
    /// line at a time, so a word many lines long costs its length, not its length times its lines.
    private mutating func splitLongWord(_ output: inout PrefixedTerminalLines) {
        let start = lineStart ?? output.lines.byteCount
        var text = TerminalLines()
        swap(&text, &carried)
        defer { swap(&text, &carried) }
        text.removeAll()
        output.lines.cutOpenLine(at: start, resumingAt: start, into: &text)
        lineBreak = nil
        var pieceStart = 0
        var run = 0
        text.withUnsafeText { bytes in
            while lineWidth > width {
                // Each line is measured afresh from its first cluster, a cluster at a time: a cut comes only
                // before one, and only when the whole of it would not fit. Beside a cluster that is not ASCII it
                // keeps the kinsoku rules (not before closing punctuation or a no-break space, not after an
                // opening bracket), moving back to the last place on the line they allow, if any; ASCII (URLs,
                // paths, identifiers) is cut after its last hyphen or slash in the line's second half (as a browser
                // breaks `hyphen-ated` words), else right where the line fills.
                var counter = DisplayWidthCounter()
                var cut: (offset: Int, width: Int)?
                var allowedCut: (offset: Int, width: Int)?
                var afterHyphen: (offset: Int, width: Int)?
                var previousClass = LineBreakClass.other
                var index = pieceStart
                while index < bytes.count {
                    let before = counter.width
                    let clusterStart = index
                    let clusterClass = bytes[index] < 0x80 ? .other : LineBreakClass(Self.scalar(in: bytes, at: index).scalar)
                    let allowed = before > 0 && clusterClass.mayStartLine && previousClass.mayEndLine
                    index = Self.addCluster(bytes, at: index, to: &counter)
                    if counter.width > width && before > 0 {
                        cut = afterHyphen ?? (allowed ? (clusterStart, before) : allowedCut ?? (clusterStart, before))
                        break
                    }
                    if allowed { allowedCut = (clusterStart, before) }
                    if (bytes[clusterStart] == 0x2D || bytes[clusterStart] == 0x2F) && index == clusterStart + 1
                        && 2 * counter.width >= width {
                        afterHyphen = (index, counter.width)
                    }
                    previousClass = clusterClass
                }
                guard let cut else {
                    lineWidth = counter.width
                    break
                }
                output.lines.append(pieceStart..<cut.offset, of: text, fromRun: &run)
                closeLine(width: cut.width, &output)
                lineWidth -= cut.width
                pieceStart = cut.offset
                openLine(&output)
            }
            output.lines.append(pieceStart..<bytes.count, of: text, fromRun: &run)
        }
    }

    /// Adds the grapheme cluster at `index` of `bytes` to `counter`: its first scalar, every scalar that
    /// extends it or follows a joiner or virama, and a flag's second regional indicator. Returns where it ends.
    private static func addCluster(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, to counter: inout DisplayWidthCounter
    ) -> Int {
        // An ASCII letter followed by ASCII is a cluster of its own, the usual case.
        if bytes[index] < 0x80 && (index + 1 == bytes.count || bytes[index + 1] < 0x80) {
            counter.add(Unicode.Scalar(bytes[index]))
            return index + 1
        }
        var (previous, length) = scalar(in: bytes, at: index)
        counter.add(previous)
        var end = index + length
        if previous.isRegionalIndicator {
            if end < bytes.count {
                let (second, secondLength) = scalar(in: bytes, at: end)
                if second.isRegionalIndicator {
                    counter.add(second)
                    end += secondLength
                }
            }
            return end
        }
        while end < bytes.count {
            let (next, nextLength) = scalar(in: bytes, at: end)
            guard next.extendsCluster || previous.joinsNextScalar else { break }
            counter.add(next)
            end += nextLength
            previous = next
        }
        return end
    }

    /// Ends the line at `lineBreak` and starts the next one with the text after it, as wide as that text.
    private mutating func cut(at lineBreak: LineBreak, _ output: inout PrefixedTerminalLines) {
        lineWidth -= lineBreak.resumeWidth
        carried.removeAll()
        output.lines.cutOpenLine(at: lineBreak.offset, resumingAt: lineBreak.resume, into: &carried)
        closeLine(at: lineBreak, &output)
        if !carried.runRange(ofLine: 0).isEmpty {
            openLine(&output)
            output.lines.append(line: 0, of: carried)
        } else {
            afterWrap = true
        }
    }

    /// Ends the open line (opening it first when it is empty) and clears the line state.
    private mutating func endLine(_ output: inout PrefixedTerminalLines) {
        openLine(&output)
        closeLine(width: lineWidth, &output)
        lineWidth = 0
        lineBreak = nil
        counter = DisplayWidthCounter()
        previousClass = .lineStart
        afterWrap = false
    }

    /// Closes the open line, cut at `lineBreak`, ending it with a hyphen when the break is a soft one.
    private mutating func closeLine(at lineBreak: LineBreak, _ output: inout PrefixedTerminalLines) {
        if let hyphen = lineBreak.hyphen {
            ("-" as StaticString).withUTF8Buffer { append($0, style: hyphen, to: &output) }
        }
        closeLine(width: lineBreak.width + (lineBreak.hyphen == nil ? 0 : 1), &output)
        self.lineBreak = nil
    }

    /// Closes the open output line as `lineWidth` cells of text.
    private mutating func closeLine(width lineWidth: Int, _ output: inout PrefixedTerminalLines) {
        output.lines.widenOpenLine(by: lineWidth)
        output.closeLine()
        widest = max(widest, lineWidth)
        lineCount += 1
        lineStart = nil
    }

    // MARK: UTF-8

    @inline(__always)
    static func sequenceLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    /// Decodes the scalar of `length` bytes at `index` (the bytes come from a valid Swift string).
    @inline(__always)
    static func scalar(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Unicode.Scalar {
        let lead = UInt32(buffer[index])
        var value: UInt32
        switch length {
        case 1: return Unicode.Scalar(UInt8(lead))
        case 2: value = lead & 0x1F
        case 3: value = lead & 0x0F
        default: value = lead & 0x07
        }
        for offset in 1..<length { value = value << 6 | UInt32(buffer[index + offset] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}

private extension TextRole {
    /// Whether a line breaks at this text's spaces only as a last resort: a status or a user's name reads as one.
    @inline(__always)
    var joinsWords: Bool {
        switch self {
        case .status, .mention: true
        default: false
        }
    }
}
