/// Finds the bare URLs GitHub's parser makes links of in text, as it delimits them: `http://`, `https://` or `ftp://`
/// after anything but a letter, or `www.` at the start of a word or after `*`, `_`, `~` or `(`; running to the next ASCII
/// white space or `<`, less trailing punctuation (`?!.,:*_~`) and closing parentheses it does not open. GitHub runs
/// one on through other white space (a no-break space) and `>`, and keeps a closing `]`; the URL found here ends there,
/// and leaves out a `]` it does not open, as its writer meant it to (`<https://example.com>` and `[https://a.com/x]`
/// link the address alone).
enum BareURL {
    /// The bare URL of the word holding `index` in `text`, if it has one, and the end of that word. A word is cut by
    /// ASCII white space, control characters and `<`; what came before `text` is taken to allow a URL at its start. A
    /// prefix alone (`www.`) counts, as GitHub links it too.
    static func inWord(around index: Int, in text: UnsafeBufferPointer<UInt8>) -> (url: Range<Int>?, wordEnd: Int) {
        guard !endsWord(text[index]) else { return (nil, index + 1) }
        var wordStart = index
        while wordStart > 0 && !endsWord(text[wordStart - 1]) { wordStart -= 1 }
        var wordEnd = index + 1
        while wordEnd < text.count && !endsWord(text[wordEnd]) { wordEnd += 1 }
        // Every prefix holds a `:` or a `.`; most words hold neither.
        guard text[wordStart..<wordEnd].contains(where: { $0 == 0x3A || $0 == 0x2E }),
              let (start, prefix) = (wordStart..<wordEnd).lazy.compactMap({ start in
            prefixLength(text, at: start, wordStart: wordStart).map { (start, $0) }
        }).first else { return (nil, wordEnd) }
        var end = (start + prefix..<wordEnd).first { text[$0] == 0x3E || isUnicodeSpace(text, at: $0) } ?? wordEnd
        while end > start + prefix {
            let last = text[end - 1]
            if isTrailingPunctuation(last) || (last == 0x29 || last == 0x5D) && closesUnopened(last, text, start..<end) {
                end -= 1
            } else {
                break
            }
        }
        return (start..<end, wordEnd)
    }

    /// Whether a URL may start at a position of `range` in `text`, in a word starting at `wordStart`: whether the word
    /// holds a bare URL, when `range` runs from it to the word's end.
    static func holdsPrefix(_ text: UnsafeBufferPointer<UInt8>, in range: Range<Int>, wordStart: Int) -> Bool {
        range.contains { (text[$0] | 0x20 == 0x77 || text[$0] | 0x20 == 0x68 || text[$0] | 0x20 == 0x66)
            && prefixLength(text, at: $0, wordStart: wordStart) != nil }
    }

    /// Whether a white space character other than ASCII starts at `index`: a no-break space, U+2000 to U+200A,
    /// U+202F, U+205F or an ideographic space.
    private static func isUnicodeSpace(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch text[index] {
        case 0xC2: index + 1 < text.count && text[index + 1] == 0xA0
        case 0xE2:
            index + 2 < text.count && (text[index + 1] == 0x80 && (text[index + 2] <= 0x8A || text[index + 2] == 0xAF)
                || text[index + 1] == 0x81 && text[index + 2] == 0x9F)
        case 0xE3: index + 2 < text.count && text[index + 1] == 0x80 && text[index + 2] == 0x80
        default: false
        }
    }

    /// The bare URL `text` starts with, if any.
    static func leading(_ text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard !text.isEmpty, prefixLength(text, at: 0, wordStart: 0) != nil, let url = inWord(around: 0, in: text).url,
              url.lowerBound == 0 else { return nil }
        return url
    }

    /// Whether `byte` ends a word a URL may run through: ASCII white space, a control character or `<`.
    private static func endsWord(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0x7F || byte == 0x3C
    }

    /// The length of the URL prefix at `start` (any case) when a URL may start there, or nil.
    private static func prefixLength(_ text: UnsafeBufferPointer<UInt8>, at start: Int, wordStart: Int) -> Int? {
        let previous: UInt8? = start > wordStart ? text[start - 1] : nil
        if matches("www.", text, at: start) {
            guard let previous else { return 4 }
            return previous == 0x2A || previous == 0x5F || previous == 0x7E || previous == 0x28 ? 4 : nil
        }
        if let previous, (previous | 0x20) &- 0x61 < 26 { return nil }
        for scheme in ["http://", "https://", "ftp://"] as [StaticString] where matches(scheme, text, at: start) {
            return scheme.utf8CodeUnitCount
        }
        return nil
    }

    /// Whether `text` holds the lowercase ASCII `literal` at `start`, in any case.
    private static func matches(_ literal: StaticString, _ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard start + count <= text.count else { return false }
        for offset in 0..<count {
            let expected = literal.utf8Start[offset]
            let byte = expected &- 0x61 < 26 ? text[start + offset] | 0x20 : text[start + offset]
            if byte != expected { return false }
        }
        return true
    }

    private static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x3F, 0x21, 0x2E, 0x2C, 0x3A, 0x2A, 0x5F, 0x7E: true
        default: false
        }
    }

    /// Whether `range` of `text` holds more of the closing bracket `close` (`)` or `]`) than of its opening one.
    private static func closesUnopened(_ close: UInt8, _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let open: UInt8 = close == 0x29 ? 0x28 : 0x5B
        var balance = 0
        for byte in text[range] {
            if byte == open { balance += 1 } else if byte == close { balance -= 1 }
        }
        return balance < 0
    }
}
