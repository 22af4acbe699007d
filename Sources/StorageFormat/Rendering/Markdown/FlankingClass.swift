/// What CommonMark's flanking rules see beside an emphasis marker, which decides whether `**`, `*` or `~~`
/// written there opens or closes. Readers follow two versions of the rule: the newer counts symbols (`$`,
/// emoji, currency signs) as punctuation, the older (GitHub's) only ASCII and Unicode punctuation; a marker
/// is used only where both read it.
enum FlankingClass: Equatable {
    /// White space, a line's edge, or a control character.
    case space
    /// ASCII punctuation or Unicode punctuation (P*), punctuation to every reader.
    case punctuation
    /// A Unicode symbol (S*) other than ASCII: punctuation to newer readers only.
    case symbol
    /// A letter, digit or anything else.
    case other

    /// The class of `scalar`; nil, where nothing is written, is a line's edge.
    init(_ scalar: Unicode.Scalar?) {
        guard let scalar else {
            self = .space
            return
        }
        if scalar.isASCII {
            let byte = UInt8(scalar.value)
            if byte <= 0x20 || byte == 0x7F {
                self = .space
            } else {
                let isAlphanumeric = (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
                self = isAlphanumeric ? .other : .punctuation
            }
            return
        }
        // Letters of the common scripts, told apart without a property lookup.
        let value = scalar.value
        let isLetter = (value >= 0xC0 && value <= 0x24F && value != 0xD7 && value != 0xF7)
            || (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0xAC00 && value <= 0xD7A3)
            || (value >= 0x3041 && value <= 0x3096) || (value >= 0x30A1 && value <= 0x30FA)
        if isLetter {
            self = .other
            return
        }
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .control: self = .space
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: self = .punctuation
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: self = .symbol
        default: self = .other
        }
    }

    /// The class of the last scalar of UTF-8 `bytes` (a line's edge when they are empty).
    init(lastOf bytes: UnsafeBufferPointer<UInt8>) {
        var start = bytes.count
        while start > 0 && bytes.count - start < 4 {
            start -= 1
            if bytes[start] & 0xC0 != 0x80 { break }
        }
        self.init(start < bytes.count ? LineWrapper.scalar(bytes, at: start, length: bytes.count - start) : nil)
    }

    /// The class of the first scalar of UTF-8 `bytes` (a line's edge when they are empty).
    init(firstOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let first = bytes.first else {
            self.init(nil)
            return
        }
        self.init(LineWrapper.scalar(bytes, at: 0, length: min(LineWrapper.sequenceLength(first), bytes.count)))
    }

    /// Whether markers between `previous` and text starting with `first` open an emphasis for every reader
    /// (left-flanking).
    static func opens(after previous: Self, before first: Self) -> Bool {
        flanks(toward: first, awayFrom: previous, forEveryReader: true)
    }

    /// Whether markers between text ending with `last` and `following` close an emphasis for every reader
    /// (right-flanking).
    static func closes(after last: Self, before following: Self) -> Bool {
        flanks(toward: last, awayFrom: following, forEveryReader: true)
    }

    /// Whether markers between `previous` and `next` may close an emphasis for some reader: an opener that may also
    /// close could end an emphasis of the same marker open around it.
    static func mayClose(after previous: Self, before next: Self) -> Bool {
        flanks(toward: previous, awayFrom: next, forEveryReader: false)
    }

    /// Whether markers between `previous` and `next` may open an emphasis for some reader.
    static func mayOpen(after previous: Self, before next: Self) -> Bool {
        flanks(toward: next, awayFrom: previous, forEveryReader: false)
    }

    /// Whether a marker run flanks the text on its `inner` side, with `outer` on its other side, for every reader or
    /// for some: the text must not start with white space, and text starting with punctuation needs white space or
    /// punctuation outside.
    private static func flanks(toward inner: Self, awayFrom outer: Self, forEveryReader: Bool) -> Bool {
        func flanks(symbolsArePunctuation: Bool) -> Bool {
            let isPunctuation = { (kind: Self) in kind == .punctuation || symbolsArePunctuation && kind == .symbol }
            return inner != .space && (!isPunctuation(inner) || outer == .space || isPunctuation(outer))
        }
        let older = flanks(symbolsArePunctuation: false)
        let newer = flanks(symbolsArePunctuation: true)
        return forEveryReader ? older && newer : older || newer
    }
}
