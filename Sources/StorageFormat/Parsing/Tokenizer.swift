/// A tolerant tokenizer for Confluence storage format over UTF-8 bytes.
///
/// Storage format is XML-like but not well-formed XML: prefixes are undeclared, HTML entities appear,
/// tags may be unclosed or unquoted. The tokenizer never fails; what it cannot read as markup is text,
/// an attribute value whose quote never closes ends at its tag's `>`, and a tag cut off by the end of input
/// is dropped.
struct Tokenizer {
    private let input: UnsafeBufferPointer<UInt8>
    private let names = ElementName.Index.shared
    /// The attributes of the start tag being read: `spans[..<spanCount]`. `run` allocates the storage and
    /// frees it at the end; it grows when a tag has more attributes and is never shrunk.
    private var spans = UnsafeMutableBufferPointer<AttributeList.Span>(start: nil, count: 0)
    private var spanCount = 0
    /// Whether no `]>` is left in the input, so a declaration's internal subset is not looked for again.
    private var noSubsetEndLeft = false

    /// Creates a tokenizer over `input`, which must stay valid while `run` executes.
    init(_ input: UnsafeBufferPointer<UInt8>) {
        self.input = input
    }

    /// Tokenizes the whole input into `handler`.
    mutating func run<Handler: TokenHandler>(_ handler: inout Handler) {
        spans = .allocate(capacity: 16)
        defer { spans.deallocate() }
        let end = input.count
        var index = 0
        var textStart = 0
        while let open = input.firstIndex(of: 0x3C, from: index) {  // '<'
            index = open + 1
            let next = index < end ? input[index] : 0
            let isLetter = (next | 0x20) &- 0x61 < 26
            guard isLetter || next == 0x2F || next == 0x21 || next == 0x3F else { continue }
            if next == 0x2F {  // '/'
                let after = index + 1 < end ? input[index + 1] : 0
                guard (after | 0x20) &- 0x61 < 26 else { continue }
            }
            if textStart < open { handler.text(textStart..<open) }
            if isLetter {
                index = startTag(at: open, &handler)
            } else {
                index = next == 0x2F ? endTag(at: open, &handler) : markup(at: open, &handler)
            }
            textStart = index
        }
        if textStart < end { handler.text(textStart..<end) }
        handler.finish()
    }

    /// Reads the end tag starting at the `<` at `start`; returns the index after it. The usual end tag,
    /// `</name>` of the innermost open element, is matched against that name without a call.
    @inline(__always)
    private func endTag<Handler: TokenHandler>(at start: Int, _ handler: inout Handler) -> Int {
        if let innermost = handler.innermost, let end = names.endOfEndTag(of: innermost.name, in: input, at: start + 2) {
            handler.endTag(hash: innermost.hash)
            return end
        }
        return endTagByName(at: start, &handler)
    }

    /// Reads the end tag starting at the `<` at `start` by hashing its name; returns the index after it.
    private func endTagByName<Handler: TokenHandler>(at start: Int, _ handler: inout Handler) -> Int {
        let (nameEnd, hash) = names.scanName(in: input, from: start + 2)
        guard let close = input.firstIndex(of: 0x3E, from: nameEnd) else { return input.count }
        handler.endTag(hash: hash)
        return close + 1
    }

    /// Reads the other markup construct starting at the `<` at `start` (a comment, CDATA section,
    /// declaration or processing instruction); returns the index after it.
    private mutating func markup<Handler: TokenHandler>(at start: Int, _ handler: inout Handler) -> Int {
        if matches("<!--", at: start) {
            return commentEnd(from: start + 4)
        }
        if matches("<![CDATA[", at: start) {
            let contentStart = start + 9
            let close = find("]]>", from: contentStart)
            handler.cdata(contentStart..<(close ?? input.count))
            return close.map { $0 + 3 } ?? input.count
        }
        let end = skipPast(0x3E, from: start + 2)  // another `<!` declaration or a `<?` instruction
        // A DOCTYPE's internal subset (`[<!ENTITY ...>]`) holds `>`s of its own: the declaration ends at its `]>`.
        guard input[start + 1] == 0x21, !noSubsetEndLeft,
              UnsafeBufferPointer(rebasing: input[(start + 2)..<end]).contains(0x5B) else { return end }
        guard let close = find("]>", from: start + 2) else {
            noSubsetEndLeft = true
            return end
        }
        return close + 2
    }

    @inline(__always)
    private mutating func startTag<Handler: TokenHandler>(at start: Int, _ handler: inout Handler) -> Int {
        let (nameEnd, hash) = names.scanName(in: input, from: start + 1)
        var scanner = AttributeScanner(input, from: nameEnd)
        spanCount = 0
        while let span = scanner.next() {
            if spanCount == spans.count { growSpans() }
            spans[spanCount] = span
            spanCount += 1
        }
        guard scanner.ending != .truncated else { return input.count }  // truncated tag: dropped
        let selfClosing = scanner.ending == .selfClosing
        let name = names.name(hash: hash)
        handler.startTag(name, hash: hash, selfClosing: selfClosing,
                         attributes: AttributeList(input: input, spans: UnsafeBufferPointer(rebasing: spans[..<spanCount])))
        if name.isRawText && !selfClosing {
            return skipRawText(of: name, from: scanner.index)
        }
        return scanner.index
    }

    /// Doubles the span storage, keeping the spans read so far.
    private mutating func growSpans() {
        let grown = UnsafeMutableBufferPointer<AttributeList.Span>.allocate(capacity: 2 * spans.count)
        _ = grown.initialize(fromContentsOf: spans)
        spans.deallocate()
        spans = grown
    }

    /// The index after the comment whose content starts at `start`. As in HTML, `<!-->` and `<!--->` are empty
    /// comments, and `--!>` ends one as `-->` does.
    private func commentEnd(from start: Int) -> Int {
        if matches(">", at: start) { return start + 1 }
        if matches("->", at: start) { return start + 2 }
        var index = start
        while let dashes = find("--", from: index) {
            if matches("-->", at: dashes) { return dashes + 3 }
            if matches("--!>", at: dashes) { return dashes + 4 }
            index = dashes + 1
        }
        return input.count
    }

    /// Skips the content of `<style>`/`<script>` up to (not past) its end tag.
    private func skipRawText(of name: ElementName, from start: Int) -> Int {
        let tag = Array(name.tagName.utf8)
        var index = start
        while let open = input.firstIndex(of: 0x3C, from: index) {
            if open + 1 < input.count && input[open + 1] == 0x2F && open + 2 + tag.count <= input.count {
                var matches = true
                for offset in 0..<tag.count where input[open + 2 + offset] | 0x20 != tag[offset] {
                    matches = false
                    break
                }
                if matches { return open }
            }
            index = open + 1
        }
        return input.count
    }

    private func skipPast(_ byte: UInt8, from start: Int) -> Int {
        input.firstIndex(of: byte, from: start).map { $0 + 1 } ?? input.count
    }

    private func matches(_ literal: StaticString, at start: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard start + count <= input.count else { return false }
        for offset in 0..<count where input[start + offset] != literal.utf8Start[offset] { return false }
        return true
    }

    private func find(_ literal: StaticString, from start: Int) -> Int? {
        let first = literal.utf8Start[0]
        var index = start
        while let candidate = input.firstIndex(of: first, from: index) {
            if matches(literal, at: candidate) { return candidate }
            index = candidate + 1
        }
        return nil
    }
}
