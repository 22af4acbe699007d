/// The styles open in Markdown being written. A style that neighbouring texts share opens once before the first
/// and closes after the last, so their markers never meet in one run CommonMark reads otherwise. A style is
/// written as markers (`**`, `*`, `~~`) where CommonMark reads them as such (see `FlankingClass`) and as HTML tags
/// where it does not; superscript and subscript are always tags, and code is written with each text.
struct MarkdownStyleSpans {
    /// One open style: where its opener starts in the output, and where the run of openers written with it starts.
    private struct Span {
        var style: TextStyle
        var opener: Int
        var run: Int
        var tags: Bool
    }

    /// The styles written as spans, outermost first.
    private static let spanning: [TextStyle] = [.superscript, .subscript, .strong, .emphasis, .strike]
    /// The styles Markdown writes something for: the spans and code (underline has no Markdown).
    static let written: TextStyle = [.superscript, .subscript, .strong, .emphasis, .strike, .code]

    private var spans = InlineArray<5, Span>(repeating: Span(style: [], opener: 0, run: 0, tags: false))
    private var count = 0
    /// What `endsInBareLink` read of the word the output ends with, so a marker written after more of that word reads
    /// only what came since, not the whole word again, which would take a long word's length squared. Forgotten when
    /// these spans edit the output.
    private var wordScan: WordScan?

    /// A word of the output read for a bare link: where it starts, how far it was read, and whether a URL prefix (where
    /// GitHub's parser starts one) was found in it.
    private struct WordScan {
        var start: Int
        var end: Int
        var holdsPrefix: Bool
    }

    /// Whether no style is open.
    var isEmpty: Bool { count == 0 }

    /// The open styles that text in `style` keeps open: those below the first it does not have.
    func kept(by style: TextStyle) -> TextStyle {
        var kept: TextStyle = []
        for index in 0..<count {
            guard style.contains(spans[index].style) else { break }
            kept.insert(spans[index].style)
        }
        return kept
    }

    /// Closes the open styles text in `style` does not keep open; `following` is the class of what is written next.
    /// Closers go before the spaces the output ends with, which stay outside. A closer written as markers that
    /// CommonMark would not read as one is written as a tag, and its opener too.
    mutating func close(keeping style: TextStyle, following: FlankingClass, in output: inout LineBytes) {
        var depth = 0
        while depth < count && style.contains(spans[depth].style) { depth += 1 }
        guard depth < count else { return }
        var position = output.withUnsafeBufferPointer { $0.spacesStart(before: $0.count, from: 0) }
        let after = position < output.count ? .space : following
        for index in stride(from: count - 1, through: depth, by: -1) {
            if let marker = Self.marker(of: spans[index].style)?.utf8Start.pointee, !spans[index].tags {
                // A closer joins the markers of the same character written just before it and after it; what follows
                // the run is the next closer of another kind, if any.
                let before = output.withUnsafeBufferPointer {
                    FlankingClass(lastOf: UnsafeBufferPointer(rebasing: $0[..<position]).droppingMarkers(marker))
                }
                let differentCloser = (depth..<index).last { spans[$0].tags || Self.marker(of: spans[$0].style)?.utf8Start.pointee != marker }
                let next = differentCloser == nil ? after : .punctuation
                // With a span of the same marker open around it, a closer that may also open could pair wrongly; after a
                // bare link, markers a word follows would run into it.
                let ambiguous = hasMarkers(marker, below: depth) && FlankingClass.mayOpen(after: before, before: next)
                    || next != .space && output.withUnsafeBufferPointer { endsInBareLink(UnsafeBufferPointer(rebasing: $0[..<position])) }
                if ambiguous || !FlankingClass.closes(after: before, before: next) {
                    position += writeRunAsTags(from: index, in: &output)
                }
            }
            let closer = Self.closer(of: spans[index].style, tags: spans[index].tags)
            if position == output.count {
                output.append(closer)
            } else {
                closer.withUTF8Buffer { output.replaceSubrange(position..<position, with: $0) }
                wordScan = nil
            }
            position += closer.utf8CodeUnitCount
        }
        count = depth
    }

    /// Opens the styles of `style` not open yet, before text starting with `first`: one run of openers, written as
    /// markers where CommonMark reads them as openers, else as tags.
    mutating func open(_ style: TextStyle, before first: FlankingClass, in output: inout LineBytes) {
        let new = style.intersection(Self.written).subtracting(.code).subtracting(kept(by: style))
        guard !new.isEmpty else { return }
        let run = output.count
        let tags = !output.withUnsafeBufferPointer { markersOpen(new, after: $0, before: first) }
        for bit in Self.spanning where new.contains(bit) {
            let span = Span(style: bit, opener: output.count, run: run, tags: tags || Self.marker(of: bit) == nil)
            output.append(Self.opener(of: bit, tags: span.tags))
            spans[count] = span
            count += 1
        }
    }

    /// Whether the openers of `new` (`<sup>` and `<sub>`, then `*`s, then `~~`), written after `output`, open before
    /// text starting with `first`. A run of markers fails before white space the text starts with, after a bare link
    /// (which would run on over it), right after markers (closers just written: the same
    /// character joins them, and GitHub's parser drops a `*` closer after punctuation that a `~~` opener follows),
    /// when punctuation follows it and a letter precedes it, or when it may also close and a span of its marker is
    /// open around it.
    private mutating func markersOpen(_ new: TextStyle, after output: UnsafeBufferPointer<UInt8>, before first: FlankingClass) -> Bool {
        let stars = !new.isDisjoint(with: [.strong, .emphasis])
        let tildes = new.contains(.strike)
        guard stars || tildes else { return true }
        let previous: FlankingClass
        if new.isDisjoint(with: [.superscript, .subscript]) {
            let endsWithMarker = output.droppingMarkers(0x2A).count < output.count || output.droppingMarkers(0x7E).count < output.count
            guard !endsWithMarker && !endsInBareLink(output) else { return false }
            previous = FlankingClass(lastOf: output)
        } else {
            previous = .punctuation  // a tag's `>`
        }
        let next: FlankingClass = stars && tildes ? .punctuation : first
        if stars && hasMarkers(0x2A, below: count) && FlankingClass.mayClose(after: previous, before: next) { return false }
        // After `*`s, the `~~` run opens before the text: punctuation precedes it.
        if stars && tildes && !FlankingClass.opens(after: .punctuation, before: first) { return false }
        return FlankingClass.opens(after: previous, before: next)
    }

    /// Whether one of the spans `spans[..<depth]` is written with markers of `marker`.
    private func hasMarkers(_ marker: UInt8, below depth: Int) -> Bool {
        (0..<depth).contains { !spans[$0].tags && Self.marker(of: spans[$0].style)?.utf8Start.pointee == marker }
    }

    /// Rewrites the markers of the span at `index`, and of the open spans whose openers share its run, as tags;
    /// returns how many bytes the output grew by.
    private mutating func writeRunAsTags(from index: Int, in output: inout LineBytes) -> Int {
        var grown = 0
        for other in stride(from: index, through: 0, by: -1) where spans[other].run == spans[index].run && !spans[other].tags {
            let marker = Self.marker(of: spans[other].style)!
            let tag = Self.opener(of: spans[other].style, tags: true)
            let range = spans[other].opener..<(spans[other].opener + marker.utf8CodeUnitCount)
            tag.withUTF8Buffer { output.replaceSubrange(range, with: $0) }
            grown += tag.utf8CodeUnitCount - marker.utf8CodeUnitCount
            spans[other].tags = true
        }
        wordScan = nil
        return grown
    }

    /// Whether `output` ends with a word GitHub's parser takes as a bare link (`www.…`, `http://…`), which runs to the next
    /// ASCII white space or `<`, markers included. A `>` not escaped ends an autolink or a tag written here: a bare link
    /// (one holding `>` is written as a link) starts after it.
    private mutating func endsInBareLink(_ output: UnsafeBufferPointer<UInt8>) -> Bool {
        let known = wordScan.flatMap { $0.end <= output.count ? $0 : nil }
        var start = output.count
        var reached: WordScan?
        while start > 0 {
            if let known, start == known.end {
                reached = known
                start = known.start
                break
            }
            let byte = output[start - 1]
            if byte <= 0x20 || byte == 0x7F || byte == 0x3C || byte == 0x3E && output.trailingBackslashes(before: start - 1) % 2 == 0 { break }
            start -= 1
        }
        // A prefix (`https://` at the longest) may straddle what was read before and what came since.
        let unread = reached.map { max($0.start, $0.end - 7) } ?? start
        let holdsPrefix = reached?.holdsPrefix == true || BareURL.holdsPrefix(output, in: unread..<output.count, wordStart: start)
        wordScan = start < output.count ? WordScan(start: start, end: output.count, holdsPrefix: holdsPrefix) : nil
        return holdsPrefix
    }

    /// The Markdown marker of a style, nil for those written only as tags.
    private static func marker(of style: TextStyle) -> StaticString? {
        switch style {
        case .strong: "**"
        case .emphasis: "*"
        case .strike: "~~"
        default: nil
        }
    }

    /// What opens a style: its marker, or its HTML tag.
    private static func opener(of style: TextStyle, tags: Bool) -> StaticString {
        if !tags, let marker = marker(of: style) { return marker }
        return htmlTags(of: style).open
    }

    /// What closes a style: its marker, or its HTML end tag.
    private static func closer(of style: TextStyle, tags: Bool) -> StaticString {
        if !tags, let marker = marker(of: style) { return marker }
        return htmlTags(of: style).close
    }

    private static func htmlTags(of style: TextStyle) -> (open: StaticString, close: StaticString) {
        switch style {
        case .superscript: ("<sup>", "</sup>")
        case .subscript: ("<sub>", "</sub>")
        case .strong: ("<strong>", "</strong>")
        case .emphasis: ("<em>", "</em>")
        default: ("<del>", "</del>")
        }
    }
}

private extension UnsafeBufferPointer<UInt8> {
    /// The bytes before the run of `marker` (`*` or `~`, not escaped by a backslash) they end with, which markers of
    /// the same character written next would join.
    func droppingMarkers(_ marker: UInt8) -> UnsafeBufferPointer<UInt8> {
        var end = count
        while end > 0 && self[end - 1] == marker && trailingBackslashes(before: end - 1) % 2 == 0 { end -= 1 }
        return UnsafeBufferPointer(rebasing: self[..<end])
    }
}
