/// Renders inline content as GitHub-flavoured Markdown, appending UTF-8 to an output buffer.
struct MarkdownInline {
    let options: RenderOptions
    /// The document's heading anchors, which anchor links point at.
    let anchors: HeadingAnchors
    /// Inside a pipe table: `|` is escaped and line breaks become `<br>`.
    var inTable = false

    /// Appends `inlines` as Markdown to `output`; returns whether what it appended holds a line feed.
    @discardableResult
    func append(_ inlines: [Inline], to output: inout LineBytes) -> Bool {
        append(inlines, to: &output, inLink: false, before: .space)
    }

    /// Appends `inlines`, which `end` follows; returns whether what it appended holds a line feed.
    private func append(_ inlines: [Inline], to output: inout LineBytes, inLink: Bool, before end: FlankingClass) -> Bool {
        var spans = MarkdownStyleSpans()
        var lineFeed = false
        // The next inline to write, past those a code span has joined.
        var next = inlines.startIndex
        for index in inlines.indices where index >= next {
            next = index + 1
            // Text, the common inline, is matched in place: copying it out would retain and release its payload.
            if case .text(let text, let style) = inlines[index] {
                // Whether what follows would run into a bare URL ending this text.
                func beforeText() -> Bool { !Self.stopsBareURL(inlines, at: index + 1, end: end) }
                if spans.isEmpty && style.isDisjoint(with: MarkdownStyleSpans.written) {  // plain text, the usual one
                    if appendEscaped(text, inLinkText: inLink, beforeText: beforeText(), to: &output) { lineFeed = true }
                } else if style.contains(.code) {
                    let joined: String
                    (joined, next) = joinedCode(text, style, in: inlines, after: index)
                    if append(joined, style, spans: &spans, to: &output) { lineFeed = true }
                } else if append(text, style, spans: &spans, linkingURLs: !inLink, beforeText: beforeText(), to: &output) {
                    lineFeed = true
                }
            } else if case .status(let status) = inlines[index] {
                // Bold, so its markers meet the styles around it as a bold text's do.
                if append("[" + status.title + "]", .strong, spans: &spans, to: &output) { lineFeed = true }
            } else if let (text, style) = inlines[index].styledLabel {
                // A date or a Jira key: text among the styles around it.
                if append(text, style, spans: &spans, to: &output) { lineFeed = true }
            } else if case .link(let link) = inlines[index], link.body.isEmpty, link.target.showsNameAlone {
                // A mention without a body is its name, in the styles around it.
                var name = options.name(of: link.target)
                if link.style.contains(.code) { (name, next) = joinedCode(name, link.style, in: inlines, after: index) }
                if append(name, link.style, spans: &spans, to: &output) { lineFeed = true }
            } else {
                // A break with nothing visible after it would end the block with a backslash, read as text.
                if case .lineBreak = inlines[index], !inTable, inlines[(index + 1)...].allSatisfy(\.isBlankText) { continue }
                if !spans.isEmpty { spans.close(keeping: [], following: Self.leadingClass(of: inlines, at: index, end: end), in: &output) }
                if append(inlines[index], to: &output, inLink: inLink) { lineFeed = true }
            }
        }
        if !spans.isEmpty { spans.close(keeping: [], following: end, in: &output) }
        return lineFeed
    }

    /// `text`, in `style`, a code style, and the texts and mentions without a body of the same written style right after
    /// `index` in `inlines`; and the index after them. Two code spans side by side would read as one with backticks
    /// inside, so they are written as one.
    private func joinedCode(_ text: String, _ style: TextStyle, in inlines: [Inline], after index: Int) -> (String, Int) {
        // Styles Markdown does not write (underline) do not part them.
        let written = style.intersection(MarkdownStyleSpans.written)
        var text = text
        var end = index + 1
        while end < inlines.count {
            switch inlines[end] {
            case .text(let more, let other) where other.intersection(MarkdownStyleSpans.written) == written:
                text += more
            case .link(let link) where link.body.isEmpty && link.target.showsNameAlone
                && link.style.intersection(MarkdownStyleSpans.written) == written:
                text += options.name(of: link.target)
            default:
                return (text, end)
            }
            end += 1
        }
        return (text, end)
    }

    /// Appends text in `style`, escaped, its styles opened and the open styles it does not have closed (`spans`);
    /// white space at its edges (no-break spaces too) stays outside styles opened or closed there, where it would
    /// stop markers reading as markers. Returns whether the text holds a line feed.
    /// With `linkingURLs` (outside a link) a bare URL in it is written as `appendEscaped` writes one, `beforeText` saying
    /// whether text follows.
    private func append(_ text: String, _ style: TextStyle, spans: inout MarkdownStyleSpans, linkingURLs: Bool = false,
                        beforeText: @autoclosure () -> Bool = false, to output: inout LineBytes) -> Bool {
        let style = style.intersection(MarkdownStyleSpans.written)
        return text.withUTF8Buffer { bytes in
            let start = bytes.spacesEnd(from: 0, to: bytes.count)
            let end = bytes.spacesStart(before: bytes.count, from: start)
            guard start < end else {  // blank: the styles around it stay open
                output.append(bytes)
                return false
            }
            let core = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let isCode = style.contains(.code)
            // A bare URL starting the text is written as a link, so the markers before it meet the link's punctuation
            // rather than run into the URL.
            let leadingURL = isCode || !linkingURLs ? nil : BareURL.leading(core)
            let first = isCode || leadingURL != nil ? .punctuation : FlankingClass(firstOf: core)
            let opens = !style.subtracting(spans.kept(by: style)).isEmpty
            spans.close(keeping: style, following: start > 0 ? .space : opens ? .punctuation : first, in: &output)
            output.append(UnsafeBufferPointer(rebasing: bytes[..<start]))
            spans.open(style, before: first, in: &output)
            let lineFeed: Bool
            if isCode {
                appendCodeSpan(core, to: &output)
                lineFeed = core.firstIndex(of: 0x0A, from: 0) != nil
            } else {
                var rest = core
                if let url = leadingURL {
                    appendBareURL(UnsafeBufferPointer(rebasing: core[url]), to: &output)
                    rest = UnsafeBufferPointer(rebasing: core[url.upperBound...])
                }
                // Trailing white space parts the text from what follows, if ASCII: a URL runs on through other spaces.
                lineFeed = appendEscaped(rest, inLinkText: !linkingURLs, beforeText: end < bytes.count ? bytes[end] > 0x20 : beforeText(),
                                         to: &output)
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[end...]))
            return lineFeed
        }
    }

    /// Whether what `inlines[index...]` writes first ends a bare URL written before it: ASCII white space (not in code),
    /// an anchor's tag, or nothing when `end`, what follows, is white space. Anything else is taken to run into it.
    private static func stopsBareURL(_ inlines: [Inline], at index: Int, end: FlankingClass) -> Bool {
        guard index < inlines.count else { return end == .space }
        switch inlines[index] {
        case .text(let text, let style):
            guard let first = text.utf8.first else { return stopsBareURL(inlines, at: index + 1, end: end) }
            // Code starts with its backtick, white space included.
            return !style.contains(.code) && (first == 0x20 || first == 0x09 || first == 0x0A)
        case .anchor:
            return true
        default:
            return false
        }
    }

    /// The flanking class of what `inlines[index...]` starts with, `end` when nothing: styled text starts with a
    /// marker, a tag or a backtick, and links, images and statuses with their punctuation.
    private static func leadingClass(of inlines: [Inline], at index: Int, end: FlankingClass) -> FlankingClass {
        guard index < inlines.count else { return end }
        switch inlines[index] {
        case .text(let text, let style):
            guard let first = text.unicodeScalars.first else { return leadingClass(of: inlines, at: index + 1, end: end) }
            let leading = FlankingClass(first)
            return leading == .space || style.isDisjoint(with: MarkdownStyleSpans.written) ? leading : .punctuation
        case .link(let link):
            guard link.target.showsNameAlone else { return .punctuation }
            guard link.body.isEmpty else { return leadingClass(of: link.body, at: 0, end: end) }
            return link.style.isDisjoint(with: MarkdownStyleSpans.written) ? .other : .punctuation
        case .emoticon(let emoticon):
            return FlankingClass(emoticon.text.unicodeScalars.first)
        case .date(let text, let style), .jiraIssue(let text, let style):
            return style.isDisjoint(with: MarkdownStyleSpans.written) ? FlankingClass(text.unicodeScalars.first) : .punctuation
        case .anchor:
            return .punctuation
        case .lineBreak, .image, .status:
            return .punctuation
        }
    }

    /// Appends one inline as Markdown to `output`.
    func append(_ inline: Inline, to output: inout LineBytes) {
        append(inline, to: &output, inLink: false)
    }

    /// Appends one inline; `inLink` when it is part of a link's body, where links show only their text.
    /// Returns whether what it appended holds a line feed.
    @discardableResult
    private func append(_ inline: Inline, to output: inout LineBytes, inLink: Bool) -> Bool {
        let start = output.count
        switch inline {
        case .text, .status:
            return append([inline], to: &output, inLink: inLink, before: .punctuation)
        case .lineBreak:
            output.append(inTable ? "<br>" : "\\\n")
            return !inTable
        case .link(let link):
            append(link, to: &output, inLink: inLink)
        case .image(let image):
            output.append("![")
            appendEscaped(image.alt ?? image.sourceName ?? "image", inLinkText: true, to: &output)
            output.append("](")
            let start = output.count
            output.append(utf8Of: image.sourceName ?? "")
            escapeDestination(in: &output, from: start)
            output.append(")")
            if !image.caption.isEmpty { appendCaption(image.caption, to: &output) }
        case .emoticon(let emoticon):
            return appendEscaped(emoticon.text, to: &output)
        case .date(let text, _), .jiraIssue(let text, _):
            return appendEscaped(text, to: &output)
        case .anchor(let name):
            // The id an anchor link's slug points at.
            output.append("<a id=\"")
            name.withUTF8Buffer { MarkdownRenderer.appendSlug(of: $0, to: &output) }
            output.append("\"></a>")
        }
        // Links and images append targets as they are: what they appended is searched.
        return output.withUnsafeBufferPointer { $0.firstIndex(of: 0x0A, from: start) != nil }
    }

    /// ` *caption*` after an image: the caption in italics as its texts would be, its line breaks as spaces.
    private func appendCaption(_ caption: [Inline], to output: inout LineBytes) {
        output.append(" ")
        _ = append(Self.adding(.emphasis, to: caption), to: &output, inLink: false, before: .space)
    }

    /// `inlines` with `style` added to their texts and links, and line breaks as spaces.
    private static func adding(_ style: TextStyle, to inlines: [Inline]) -> [Inline] {
        inlines.map { inline -> Inline in
            switch inline {
            case .text(let text, let own):
                return .text(text, own.union(style))
            case .lineBreak:
                return .text(" ", style)
            case .link(var link):
                link.style.formUnion(style)
                link.body = adding(style, to: link.body)
                return .link(link)
            default:
                return inline
            }
        }
    }

    /// A link as `<url>` when its text is its URL, as its text alone for mentions, else as `[text](destination)`.
    private func append(_ link: Link, to output: inout LineBytes, inLink: Bool) {
        switch link.target {
        case .url(let url) where url.isEmpty || Self.runsScript(url):
            // A script address would run where the Markdown is shown as HTML: its text alone, as for no address.
            appendBody(of: link, to: &output, inLink: inLink)
        case .url(let url) where (link.body.isEmpty || bodyReads(link.body, as: url)) && Self.isAutolink(url)
            && Self.isUnstyled(link):
            output.append("<")
            let start = output.count
            output.append(utf8Of: url)
            encodePipes(in: &output, from: start)
            output.append(">")
        case .user, .space, .content:
            appendBody(of: link, to: &output, inLink: inLink)
        case .url(let target), .attachment(let target, _):
            appendLink(link, to: &output, inLink: inLink) { $0.append(utf8Of: target) }
        case .page("", nil, nil), .blogPost("", nil, nil):
            // Nothing to point at: its text alone, never an empty destination.
            appendBody(of: link, to: &output, inLink: inLink)
        case .page(let title, let space, let anchor), .blogPost(let title, let space, let anchor):
            appendLink(link, to: &output, inLink: inLink) { target in
                if let space {
                    target.append(utf8Of: space)
                    target.append("/")
                }
                target.append(utf8Of: title)
                if let anchor { Self.appendAnchor(anchor, to: &target) }
            }
        case .anchor(let anchor):
            appendLink(link, to: &output, inLink: inLink) { target in
                target.append("#")
                anchors.appendAnchor(named: anchor, to: &target)
            }
        }
    }

    /// `#` and the anchor a heading of the text `anchor` has in Markdown, for a link to a heading of another page.
    private static func appendAnchor(_ anchor: String, to target: inout LineBytes) {
        target.append("#")
        anchor.withUTF8Buffer { MarkdownRenderer.appendSlug(of: $0, to: &target) }
    }

    /// Appends the `[` that opens a link's text, escaping a `!` just before it, which would make the link an image.
    private static func openLinkText(in output: inout LineBytes) {
        if output.last == 0x21 && output.withUnsafeBufferPointer({ $0.trailingBackslashes(before: $0.count - 1) }) % 2 == 0 {
            output.insert(0x5C, at: output.count - 1)
        }
        output.append("[")
    }

    /// `[body](destination)`, the destination being what `writeDestination` appends.
    private func appendLink(_ link: Link, to output: inout LineBytes, inLink: Bool,
                            _ writeDestination: (inout LineBytes) -> Void) {
        Self.openLinkText(in: &output)
        appendBody(of: link, to: &output, inLink: inLink)
        output.append("](")
        let start = output.count
        writeDestination(&output)
        escapeDestination(in: &output, from: start)
        output.append(")")
    }

    /// Whether neither the link nor its body's text has any of `styles` (by default those Markdown writes), which an
    /// autolink (`<url>`) or a plain table cell could not show.
    static func isUnstyled(_ link: Link, in styles: TextStyle = MarkdownStyleSpans.written) -> Bool {
        link.style.isDisjoint(with: styles) && link.body.allSatisfy { inline in
            guard case .text(_, let style) = inline else { return true }
            return style.isDisjoint(with: styles)
        }
    }

    /// Whether `url` can be written as an autolink (`<url>`): a scheme, then no white space, control or angle bracket.
    /// Whether `url` runs code when followed (`javascript:`, `vbscript:`, `data:`), read as a browser reads a scheme:
    /// leading spaces and controls skipped, tabs and line feeds within it dropped, case ignored.
    static func runsScript(_ url: String) -> Bool {
        var scheme: [UInt8] = []
        for byte in url.utf8 {
            if byte == 0x3A { break }
            if byte <= 0x20 { continue }
            guard scheme.count < 10 else { return false }
            scheme.append(byte | 0x20)
        }
        return scheme.elementsEqual("javascript".utf8) || scheme.elementsEqual("vbscript".utf8) || scheme.elementsEqual("data".utf8)
    }

    private static func isAutolink(_ url: String) -> Bool {
        url.withUTF8Buffer { bytes in
            guard let colon = bytes.firstIndex(of: 0x3A), colon >= 2 && colon <= 32, (bytes[0] | 0x20) &- 0x61 < 26 else { return false }
            let scheme = bytes[1..<colon].allSatisfy { (($0 | 0x20) &- 0x61) < 26 || $0 &- 0x30 < 10 || $0 == 0x2B || $0 == 0x2E || $0 == 0x2D }
            return scheme && !bytes[(colon + 1)...].contains { $0 <= 0x20 || $0 == 0x7F || $0 == 0x3C || $0 == 0x3E }
        }
    }

    /// In a pipe table, percent-encodes the `|` of the link destination written since `start`, which would end the cell.
    private func encodePipes(in output: inout LineBytes, from start: Int) {
        if inTable { output.replaceAll("|", with: "%7C", from: start) }
    }

    /// Whether a link body reads exactly as its URL, compared as `String`s are (by canonical equivalence).
    private func bodyReads(_ body: [Inline], as url: String) -> Bool {
        // A body of one text, the usual one, reads as that text.
        if body.count == 1, case .text(let text, _) = body[0] { return text == url }
        var text = LineBytes()
        PlainTextRenderer.appendText(of: body, options: options, to: &text)
        return text.withUnsafeBufferPointer { text in
            if text.elementsEqual(url.utf8) { return true }
            if text.allSatisfy({ $0 < 0x80 }) && url.utf8.allSatisfy({ $0 < 0x80 }) { return false }
            return String(decoding: text, as: UTF8.self) == url
        }
    }

    /// The text a link shows: its body, or the escaped name of its target, in the link's styles, inside another link or
    /// without a body.
    private func appendBody(of link: Link, to output: inout LineBytes, inLink: Bool) {
        let end: FlankingClass = link.target.showsNameAlone ? .space : .punctuation
        if inLink || link.body.isEmpty {
            let name = options.name(of: link.target)
            if link.style.isDisjoint(with: MarkdownStyleSpans.written) {
                appendEscaped(name, inLinkText: true, to: &output)
            } else {
                _ = append([.text(name, link.style)], to: &output, inLink: true, before: end)
            }
        } else {
            _ = append(link.body, to: &output, inLink: true, before: end)
        }
    }

    /// Escapes the link destination written since `start`: backslashes doubled, line ends and tabs, line and paragraph
    /// separators, angle brackets and (in a pipe table) `|` percent-encoded; the whole in angle brackets when it holds
    /// spaces or parentheses.
    private func escapeDestination(in output: inout LineBytes, from start: Int) {
        let escapes = inTable ? Self.tableDestinationEscapes : Self.destinationEscapes
        // The ASCII bytes that need escaping or brackets, one bit each: tab, line feed, carriage return, space,
        // parentheses and angle brackets below 0x40; the backslash and `|` above.
        let low: UInt64 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0D | 1 << 0x20 | 1 << 0x28 | 1 << 0x29 | 1 << 0x3C | 1 << 0x3E
        let high: UInt64 = 1 << (0x5C - 0x40) | 1 << (0x7C - 0x40)
        // A destination decodes character references: when an `&` would start one (`&amp;` in a URL), each is written
        // `&amp;`, which decodes to it (readers decode references before backslashes, so `\&` would not do).
        var attention = false
        var references = false
        var separators = false
        output.withUnsafeBufferPointer { bytes in
            for index in start..<bytes.count {
                let byte = bytes[index]
                if byte >= 0x80 {
                    // U+2028 and U+2029 (E2 80 A8/A9), which a reader may take for a line's end.
                    separators = separators || byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
                        && bytes[index + 2] & 0xFE == 0xA8
                } else if byte == 0x26 {
                    references = references || Self.startsReference(bytes, at: index)
                } else if (byte < 0x40 ? low >> byte : high >> (byte & 0x3F)) & 1 != 0 {
                    attention = true
                }
            }
        }
        if separators {
            output.replaceAll("\u{2028}", with: "%E2%80%A8", from: start)
            output.replaceAll("\u{2029}", with: "%E2%80%A9", from: start)
        }
        guard attention || references else { return }
        let target = output.withUnsafeBufferPointer { Array($0[start...]) }
        let bracketed = target.contains { $0 == 0x20 || $0 == 0x28 || $0 == 0x29 }
        output.removeLast(output.count - start)
        if bracketed { output.append("<") }
        let escapedStart = output.count
        target.withUnsafeBufferPointer { output.append($0, escaping: escapes) }
        if references { output.replaceAll("&", with: "&amp;", from: escapedStart) }
        if bracketed { output.append(">") }
    }

    /// `code` between backtick fences longer than any run inside it, padded when it starts or ends with a backtick.
    private func appendCodeSpan(_ code: UnsafeBufferPointer<UInt8>, to output: inout LineBytes) {
        let fence = code.longestRun(of: 0x60) + 1
        let padded = code.first == 0x60 || code.last == 0x60
        output.append(repeating: 0x60, count: fence)
        if padded { output.append(0x20) }
        if inTable {
            output.append(code, escaping: Self.pipeEscapes)
        } else {
            output.append(code)
        }
        if padded { output.append(0x20) }
        output.append(repeating: 0x60, count: fence)
    }

    /// Appends `text` with Markdown punctuation backslash-escaped; returns whether it holds a line feed.
    /// `inLinkText` when it goes inside a link's brackets, where a URL is no link.
    @discardableResult
    func appendEscaped(
        _ text: some StringProtocol, inLinkText: Bool = false, beforeText: @autoclosure () -> Bool = false, to output: inout LineBytes
    ) -> Bool {
        text.withUTF8Buffer { appendEscaped($0, inLinkText: inLinkText, beforeText: beforeText(), to: &output) }
    }

    /// Appends UTF-8 `text` with Markdown punctuation backslash-escaped, looked for eight bytes at a time:
    /// the bytes between escaped ones are copied in one piece. Returns whether `text` holds a line feed,
    /// which the same test marks (folded, it reads as `*`).
    ///
    /// Outside link text (`inLinkText`), a bare URL is written as a link (`BareURL`) when a byte of its word takes a
    /// backslash, which GitHub would show inside the link it makes of the URL (CommonMark readers read the byte as
    /// markup), and when it ends `text` and `beforeText`, text written next (not white space), would run into the link.
    @discardableResult
    func appendEscaped(
        _ text: UnsafeBufferPointer<UInt8>, inLinkText: Bool = false, beforeText: @autoclosure () -> Bool, to output: inout LineBytes
    ) -> Bool {
        var lineFeed = false
        var copied = 0
        var index = 0
        // The bare URL of the last word looked at, and that word's end: bytes before it are not looked at again.
        var word: (url: Range<Int>?, wordEnd: Int) = (nil, 0)
        words: while index < text.count {
            // The eight bytes from `start`, those before `index` unmarked: the last eight end the text, and
            // a text shorter than eight is padded with zeros, which are never marked.
            let start: Int
            var marked: UInt64
            if index &+ 8 <= text.count {
                start = index
                marked = Self.mayBeEscaped(ByteLanes(text, at: index))
            } else if text.count >= 8 {
                start = text.count &- 8
                marked = Self.mayBeEscaped(ByteLanes(text, at: start)) & (~0 &<< ((index &- start) &* 8))
            } else {
                start = 0
                var word: UInt64 = 0
                withUnsafeMutableBytes(of: &word) {
                    UnsafeMutableRawBufferPointer(rebasing: $0[..<text.count]).copyMemory(from: UnsafeRawBufferPointer(text))
                }
                marked = Self.mayBeEscaped(ByteLanes(word: UInt64(littleEndian: word)))
            }
            while marked != 0 {
                let at = start &+ ByteLanes.firstLane(marked)
                let byte = text[at]
                if isEscaped(byte) && !(byte == 0x5F && Self.isIntraword(text, at: at))
                    || byte == 0x26 && Self.startsReference(text, at: at)
                {
                    if !inLinkText {
                        if byte == 0x3C {
                            // `<` ends the word before it, whose URL GitHub would run into the backslash.
                            if at > 0 { _ = linkURL(reaching: at - 1, in: text, word: &word, copied: &copied, to: &output) }
                        } else if linkURL(reaching: at, in: text, word: &word, copied: &copied, to: &output) && at < copied {
                            // In the URL the link holds the byte; after it (trailing punctuation) the byte is escaped.
                            index = copied
                            continue words
                        }
                    }
                    // The backslash goes before the byte, which is copied with the bytes after it.
                    output.append(UnsafeBufferPointer(rebasing: text[copied..<at]))
                    output.append(0x5C)
                    copied = at
                } else if byte == 0x0A {
                    lineFeed = true
                }
                marked &= marked &- 1
            }
            index = start &+ 8
        }
        // Asked last: what follows matters only to a text ending in a word.
        if !inLinkText && copied < text.count && text[text.count - 1] > 0x20 && beforeText() {
            _ = linkURL(reaching: text.count - 1, in: text, word: &word, copied: &copied, to: &output)
        }
        output.append(UnsafeBufferPointer(rebasing: text[copied...]))
        return lineFeed
    }

    /// Writes the bare URL of `word` (looked up again when `at` is past it) as a link, with the bytes of `text` from
    /// `copied` before it, when `at` is in or after it and it is not written yet; returns whether it wrote it.
    @inline(never)
    private func linkURL(
        reaching at: Int, in text: UnsafeBufferPointer<UInt8>, word: inout (url: Range<Int>?, wordEnd: Int), copied: inout Int,
        to output: inout LineBytes
    ) -> Bool {
        if at >= word.wordEnd { word = BareURL.inWord(around: at, in: text) }
        guard let url = word.url, at >= url.lowerBound, copied <= url.lowerBound else { return false }
        output.append(UnsafeBufferPointer(rebasing: text[copied..<url.lowerBound]))
        appendBareURL(UnsafeBufferPointer(rebasing: text[url]), to: &output)
        copied = url.upperBound
        return true
    }

    /// Writes `url`, a bare URL from text, as a link showing it as written: `<url>` when it has a scheme and an autolink can
    /// hold it, else `[url](destination)` (a `www.` one gets `http://`, as GitHub gives it).
    private func appendBareURL(_ url: UnsafeBufferPointer<UInt8>, to output: inout LineBytes) {
        let hasScheme = url.first.map { $0 | 0x20 != 0x77 } ?? false  // `http://`, `https://` or `ftp://`; else `www.`
        // An autolink decodes character references, and some readers show `%20` in it as a space (a bare URL holds no `>`).
        let autolinkable = hasScheme && !url.contains(0x25) && !(inTable && url.contains(0x7C))
            && !url.indices.contains { url[$0] == 0x26 && Self.startsReference(url, at: $0) }
        if autolinkable {
            output.append("<")
            output.append(url)
            output.append(">")
            return
        }
        Self.openLinkText(in: &output)
        appendEscaped(url, inLinkText: true, beforeText: false, to: &output)
        output.append("](")
        let start = output.count
        if !hasScheme { output.append("http://") }
        output.append(url)
        escapeDestination(in: &output, from: start)
        output.append(")")
    }

    /// The lanes that may need a backslash, every one that does among them: folding case maps `[`, `\`,
    /// `]` and `_` to `{`, `|`, `}` and DEL, so every escaped byte, `|` too, becomes `*`, `<`, `>`, `` ` ``, `&`
    /// or one from `{` to DEL. The tests are fused (see `ByteLanes.passes(atLeast:)`); `<` and `>` are one
    /// test with bit 1 set.
    @inline(__always)
    private static func mayBeEscaped(_ lanes: ByteLanes) -> UInt64 {
        let folded = ByteLanes(word: lanes.word | 0x2020_2020_2020_2020)
        let angles = ByteLanes(word: folded.word | 0x0202_0202_0202_0202)
        // Lanes below `{`: their low seven bits, inverted, reach the high bit with `{` added.
        let belowBrace = (~folded.word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7B7B_7B7B_7B7B_7B7B
        return folded.asciiFailing(folded.passes(notEqualTo: 0x2A) & folded.passes(notEqualTo: 0x60)
            & folded.passes(notEqualTo: 0x26) & angles.passes(notEqualTo: 0x3E) & belowBrace)
    }

    /// Whether the run of `_` holding `index` has an ASCII letter or digit on both sides (`some_page_name`): such a run
    /// neither opens nor closes emphasis, and a backslash there would show inside the links GitHub makes of bare URLs.
    private static func isIntraword(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        func isAlphanumeric(_ byte: UInt8) -> Bool { byte | 0x20 &- 0x61 < 26 || byte &- 0x30 < 10 }
        var start = index
        while start > 0 && text[start - 1] == 0x5F { start -= 1 }
        var end = index + 1
        while end < text.count && text[end] == 0x5F { end += 1 }
        return start > 0 && end < text.count && isAlphanumeric(text[start - 1]) && isAlphanumeric(text[end])
    }

    /// Whether the `&` at `index` starts what Markdown reads as a character reference (`&name;`, `&#65;`,
    /// `&#x41;`), which text that means those characters must not become.
    private static func startsReference(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var end = index + 1
        if end < text.count && text[end] == 0x23 {
            end += 1
            if end < text.count && text[end] | 0x20 == 0x78 { end += 1 }
        }
        let nameStart = end
        while end < text.count && end - nameStart < 32 && (text[end] | 0x20 &- 0x61 < 26 || text[end] &- 0x30 < 10) { end += 1 }
        return end > nameStart && end < text.count && text[end] == 0x3B
    }

    /// Whether ASCII `byte` takes a backslash: Markdown punctuation, and `|` inside a pipe table.
    @inline(__always)
    private func isEscaped(_ byte: UInt8) -> Bool {
        // A bit for each escaped byte: from `*`, `<` and `>` below 0x40, and from `[`, `\`, `]`, `_`, `` ` ``
        // and `~` (with `|` in a table) above.
        let below: UInt64 = 1 << 0x2A | 1 << 0x3C | 1 << 0x3E
        let punctuation: UInt64 = 1 << (0x5B - 0x40) | 1 << (0x5C - 0x40) | 1 << (0x5D - 0x40) | 1 << (0x5F - 0x40)
            | 1 << (0x60 - 0x40) | 1 << (0x7E - 0x40)
        let above = inTable ? punctuation | 1 << (0x7C - 0x40) : punctuation
        return (byte < 0x40 ? below &>> byte : above &>> byte) & 1 != 0
    }

    /// The `|` that would end a pipe-table cell, backslash-escaped (in code spans).
    private static let pipeEscapes = ASCIIEscapes { $0 == 0x7C ? "\\|" : nil }

    /// What a link destination cannot hold as it is: a backslash escapes, line ends and tabs end it, angle brackets
    /// would bracket it.
    private static let destinationEscapes = ASCIIEscapes(destinationEscape)
    /// As `destinationEscapes`, and `|`, which ends a pipe-table cell.
    private static let tableDestinationEscapes = ASCIIEscapes { $0 == 0x7C ? "%7C" : destinationEscape($0) }

    private static func destinationEscape(_ byte: UInt8) -> StaticString? {
        switch byte {
        case 0x5C: "\\\\"
        case 0x09: "%09"
        case 0x0A: "%0A"
        case 0x0D: "%0D"
        case 0x3C: "%3C"
        case 0x3E: "%3E"
        default: nil
        }
    }
}

private extension Inline {
    /// A date's or a Jira key's text and the styles around it; nil for other inlines.
    var styledLabel: (String, TextStyle)? {
        switch self {
        case .date(let text, let style), .jiraIssue(let text, let style): (text, style)
        default: nil
        }
    }
}
