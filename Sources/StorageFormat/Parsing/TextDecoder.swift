/// Turns raw input bytes into clean text: decodes entities, drops control characters, repairs invalid
/// UTF-8 (as U+FFFD) and optionally collapses whitespace as HTML does.
struct TextDecoder {
    /// The decoded bytes when they differ from the input (a LineBytes: an append is a room check and a copy).
    private var scratch = LineBytes()
    /// Whether the text is an attribute value, where a reference without its `;` is read only before what cannot
    /// continue a name, as HTML reads it (`?a=1&copy=2` keeps its `&copy`).
    private let isAttributeValue: Bool
    /// Whether the last decoding that changed its text wrote a line or paragraph separator as a line feed: collapsed
    /// text holds no other, so the builder reads each as a line break.
    private(set) var wroteLineSeparator = false

    /// A decoder for element text, or with `attributeValue` for attribute values.
    init(attributeValue: Bool = false) {
        isAttributeValue = attributeValue
    }

    /// Where `decodeBytes` left the decoded text.
    enum Decoded {
        /// No text: an empty range, or a blank one after a space.
        case empty
        /// One space: a blank range after text.
        case space
        /// The input range as it stands; when not `isASCII`, the bytes may still hold invalid UTF-8.
        case input(Range<Int>, isASCII: Bool)
        /// The scratch bytes (see `withScratch`), not empty, which may hold invalid UTF-8.
        case scratch
    }

    /// Decodes `range` of `input`.
    /// - Parameters:
    ///   - entities: decode `&name;` and `&#N;` references (false for CDATA).
    ///   - collapse: fold whitespace runs into one space, continuing from `lastWasSpace`.
    mutating func decode(
        _ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, entities: Bool, collapse: Bool,
        lastWasSpace: inout Bool
    ) -> String {
        let decoded = decodeBytes(input, range, entities: entities, collapse: collapse, lastWasSpace: &lastWasSpace)
        return string(decoded, input)  // read after decoding: `string(decodeBytes(...))` reads the scratch before
    }

    /// The text `decoded` stands for, invalid UTF-8 repaired.
    func string(_ decoded: Decoded, _ input: UnsafeBufferPointer<UInt8>) -> String {
        switch decoded {
        case .empty: ""
        case .space: " "
        case .input(let range, let isASCII):
            isASCII ? String(validUTF8: UnsafeBufferPointer(rebasing: input[range]), isASCII: true)
                : String(repairingUTF8: UnsafeBufferPointer(rebasing: input[range]))
        case .scratch: scratch.withUnsafeBufferPointer { String(repairingUTF8: $0) }
        }
    }

    /// Calls `body` with the bytes of the last `.scratch` result.
    func withScratch<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        scratch.withUnsafeBufferPointer(body)
    }

    /// Decodes `range` of `input` as `decode` does, leaving the bytes where the result says. Inlined, so
    /// the whitespace between tags (about a third of the ranges) is told apart without a call.
    @inline(__always)
    mutating func decodeBytes(
        _ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, entities: Bool, collapse: Bool,
        lastWasSpace: inout Bool
    ) -> Decoded {
        if collapse && input[range].allSatisfy({ $0.isMarkupSpace }) {  // blank: at most one space
            defer { if !range.isEmpty { lastWasSpace = true } }
            return range.isEmpty || lastWasSpace ? .empty : .space
        }
        return decodeVisible(input, range, entities: entities, collapse: collapse, lastWasSpace: &lastWasSpace)
    }

    /// `decodeBytes` for a range that is not blank when collapsing.
    private mutating func decodeVisible(
        _ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, entities: Bool, collapse: Bool,
        lastWasSpace: inout Bool
    ) -> Decoded {
        // Each combination of the options gets its own copy of the loops, with the options as constants.
        switch (entities, collapse) {
        case (true, true): decoded(input, range, entities: true, collapse: true, lastWasSpace: &lastWasSpace)
        case (true, false): decoded(input, range, entities: true, collapse: false, lastWasSpace: &lastWasSpace)
        case (false, true): decoded(input, range, entities: false, collapse: true, lastWasSpace: &lastWasSpace)
        case (false, false): decoded(input, range, entities: false, collapse: false, lastWasSpace: &lastWasSpace)
        }
    }

    /// `decodeVisible`, inlined into each of its option combinations.
    @inline(__always)
    private mutating func decoded(
        _ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, entities: Bool, collapse: Bool,
        lastWasSpace: inout Bool
    ) -> Decoded {
        let end = range.upperBound
        var index = range.lowerBound
        var space = lastWasSpace
        var isASCII = true
        var runEnd = Self.plainRunEnd(input, from: index, to: end, entities: entities, collapse: collapse, afterSpace: space,
                                      isASCII: &isASCII)
        if runEnd == end {  // nothing to change: the string is the input as it stands
            if index < end { lastWasSpace = input[end - 1] == 0x20 }
            return .input(range, isASCII: isASCII)
        }
        scratch.removeAll()
        wroteLineSeparator = false
        scratch.reserveCapacity(end - index)  // the usual decoded size: one allocation, not a doubling series
        while true {
            if runEnd > index {
                scratch.append(UnsafeBufferPointer(rebasing: input[index..<runEnd]))
                space = input[runEnd - 1] == 0x20
                index = runEnd
            }
            guard index < end else { break }
            let byte = input[index]
            if byte >= 0x80 {
                // C1 controls (U+0080...U+009F) are dropped; U+2028/U+2029 separators break the line.
                if byte == 0xC2, index + 1 < end, input[index + 1] & 0xE0 == 0x80 {
                    index += 2
                } else if byte == 0xE2, index + 2 < end, input[index + 1] == 0x80, input[index + 2] & 0xFE == 0xA8 {
                    index += 3
                    appendLineSeparator(input[index - 1] == 0xA8 ? "\u{2028}" : "\u{2029}", space: &space)
                } else {
                    append(byte)
                    space = false
                    index += 1
                }
            } else if byte == 0x26 {
                index = decodeReference(input, at: index, end: end, collapse: collapse, space: &space)
            } else if byte == 0x20 {
                appendWhitespace(0x20, collapse: collapse, space: &space)
                index += 1
            } else if byte == 0x1B {
                index = Self.escapeSequenceEnd(input, after: index, end: end)
            } else {
                if byte == 0x0A || byte == 0x09 || byte == 0x0C {
                    appendWhitespace(byte == 0x0C ? 0x20 : byte, collapse: collapse, space: &space)
                } else if byte == 0x0D {
                    let next = index + 1 < end ? input[index + 1] : 0
                    if next != 0x0A { appendWhitespace(0x0A, collapse: collapse, space: &space) }
                }
                index += 1
            }
            var unused = true  // the repair below checks the whole text
            runEnd = Self.plainRunEnd(input, from: index, to: end, entities: entities, collapse: collapse, afterSpace: space,
                                      isASCII: &unused)
        }
        lastWasSpace = space
        return scratch.count == 0 ? .empty : .scratch
    }

    /// Where the terminal escape sequence whose ESC is at `index` ends, so none of it shows as text (rare: kept out of
    /// line): a CSI's parameters and final byte; an OSC's, DCS's, SOS's, PM's or APC's text up to BEL or ESC \ (with no
    /// terminator in the text, the introducer alone, so the text after it survives); else a two-byte escape's
    /// intermediates and final byte. A byte that cannot be part of the sequence ends it unread.
    @inline(never)
    private static func escapeSequenceEnd(_ input: UnsafeBufferPointer<UInt8>, after index: Int, end: Int) -> Int {
        var at = index + 1
        guard at < end else { return at }
        switch input[at] {
        case 0x5B:  // [
            at += 1
            while at < end, (0x20...0x7E).contains(input[at]) {
                at += 1
                if input[at - 1] >= 0x40 { break }
            }
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F:  // ] P X ^ _
            at += 1
            var scan = at
            while scan < end, input[scan] != 0x07, input[scan] != 0x1B { scan += 1 }
            guard scan < end else { return at }
            if input[scan] == 0x07 { return scan + 1 }
            // ESC \ ends the string; another ESC ends it too, and starts what follows.
            return scan + 1 < end && input[scan + 1] == 0x5C ? scan + 2 : scan
        default:
            while at < end, (0x20...0x2F).contains(input[at]) { at += 1 }
            if at < end, (0x30...0x7E).contains(input[at]) { at += 1 }
        }
        return at
    }

    /// The end of the run from `start` that decodes to itself: printable ASCII (but `&` when decoding
    /// entities), UTF-8 other than the C1 and separator lead bytes, and spaces that collapsing keeps.
    /// Clears `isASCII` when the run holds a byte that is not ASCII. Words are read while eight bytes remain,
    /// then the range's last eight bytes, overlapping bytes passed already; a word holding the run's end gives
    /// it by its first lane. Only a range shorter than a word goes byte by byte.
    @inline(__always)
    private static func plainRunEnd(
        _ input: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, entities: Bool, collapse: Bool,
        afterSpace: Bool, isASCII: inout Bool
    ) -> Int {
        var index = start
        var spaceBefore: UInt64 = afterSpace ? 0x80 : 0  // the lane mark of a space just before the word
        var passedBits: UInt64 = 0  // the bits of the bytes passed: their high bits mark bytes that are not ASCII
        defer { if !ByteLanes(word: passedBits).isASCII { isASCII = false } }
        precondition(start >= 0 && end <= input.count)  // so the words read lie within the input
        guard start < end, let base = input.baseAddress else { return start }
        while index <= end &- 8 {
            let lanes = ByteLanes(at: base + index)
            let (attention, spaces) = attentionLanes(lanes, entities: entities, collapse: collapse, spaceBefore: spaceBefore)
            if attention != 0 { return index &+ passedLanes(lanes, upTo: attention, into: &passedBits) }
            spaceBefore = spaces >> 56
            passedBits |= lanes.word
            index &+= 8
        }
        guard index < end else { return index }
        if end &- start >= 8 {
            // The lanes before `index` passed in the words before, so none of them needs attention (the first
            // one's space before it counted there): the first lane that does is the run's end.
            let last = end &- 8
            let lanes = ByteLanes(at: base + last)
            let attention = attentionLanes(lanes, entities: entities, collapse: collapse, spaceBefore: 0).attention
            if attention != 0 { return last &+ passedLanes(lanes, upTo: attention, into: &passedBits) }
            passedBits |= lanes.word
            return end
        }
        var previousIsSpace = afterSpace
        while index < end {
            let byte = base[index]
            if byte &- 0x21 < 0x5E {  // printable ASCII other than space
                if byte == 0x26 && entities { break }
                previousIsSpace = false
            } else if byte == 0x20 {
                if collapse && previousIsSpace { break }
                previousIsSpace = true
            } else if byte < 0x80 || byte == 0xC2 || byte == 0xE2 {
                break
            } else {
                previousIsSpace = false
                isASCII = false
            }
            index &+= 1
        }
        return index
    }

    /// The lanes where a plain run stops (see `plainRunEnd`), and the lanes holding spaces; `spaceBefore` marks
    /// a space just before the word.
    @inline(__always)
    private static func attentionLanes(_ lanes: ByteLanes, entities: Bool, collapse: Bool, spaceBefore: UInt64)
        -> (attention: UInt64, spaces: UInt64) {
        let spaces = lanes.asciiFailing(lanes.passes(notEqualTo: 0x20))
        var passes = lanes.passes(atLeast: 0x20) & lanes.passes(notEqualTo: 0x7F)
        if entities { passes &= lanes.passes(notEqualTo: 0x26) }
        var attention = lanes.asciiFailing(passes) | lanes.c2OrE2()
        if collapse { attention |= spaces & (spaces << 8 | spaceBefore) }
        return (attention, spaces)
    }

    /// How many lanes come before the first of `attention` (not zero), their bits added to `passedBits`.
    @inline(__always)
    private static func passedLanes(_ lanes: ByteLanes, upTo attention: UInt64, into passedBits: inout UInt64) -> Int {
        let stop = ByteLanes.firstLane(attention)
        passedBits |= lanes.word & ~(UInt64.max &<< (stop &* 8))
        return stop
    }

    /// Appends one byte to the scratch bytes.
    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        scratch.append(repeating: byte, count: 1)
    }

    @inline(__always)
    private mutating func appendWhitespace(_ byte: UInt8, collapse: Bool, space: inout Bool) {
        if collapse {
            if !space { append(0x20) }
            space = true
        } else {
            append(byte)
            space = byte == 0x20
        }
    }

    /// Decodes the reference starting at the `&` at `start`; returns the index after it.
    private mutating func decodeReference(
        _ input: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, collapse: Bool, space: inout Bool
    ) -> Int {
        var index = start + 1
        if index < end && input[index] == 0x23 {  // '#'
            index += 1
            var hex = false
            if index < end && input[index] | 0x20 == 0x78 {  // 'x'
                hex = true
                index += 1
            }
            let digitsStart = index
            var value: UInt32 = 0
            while index < end {
                let byte = input[index]
                let digit: UInt32
                if byte &- 0x30 < 10 {
                    digit = UInt32(byte - 0x30)
                } else if hex && (byte | 0x20) &- 0x61 < 6 {
                    digit = UInt32((byte | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                value = min(value &* (hex ? 16 : 10) &+ digit, 0x11_0000)
                index += 1
            }
            if index == digitsStart {
                append(0x26)
                space = false
                return start + 1
            }
            if index < end && input[index] == 0x3B { index += 1 }
            appendScalar(numericReference(value), collapse: collapse, space: &space)
            return index
        }
        let nameStart = index
        while index < end && index - nameStart < HTMLEntityTable.longestName {
            let byte = input[index]
            guard byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 else { break }
            index += 1
        }
        if index < end && input[index] == 0x3B,
           let replacement = EntityIndex.shared.replacement(for: UnsafeBufferPointer(rebasing: input[nameStart...index]))
        {
            for scalar in replacement.unicodeScalars { appendScalar(scalar, collapse: collapse, space: &space) }
            return index + 1
        }
        // Otherwise the longest legacy name (one that needs no `;`) the name starts with: `&notit;` is `¬it;`.
        var nameEnd = nameStart + min(index - nameStart, HTMLEntityTable.longestLegacyName)
        while nameEnd > nameStart {
            if let replacement = EntityIndex.shared.replacement(for: UnsafeBufferPointer(rebasing: input[nameStart..<nameEnd])) {
                let next = nameEnd < end ? input[nameEnd] : 0
                if isAttributeValue && (next == 0x3D || next &- 0x30 < 10 || (next | 0x20) &- 0x61 < 26) { break }
                for scalar in replacement.unicodeScalars { appendScalar(scalar, collapse: collapse, space: &space) }
                return nameEnd
            }
            nameEnd -= 1
        }
        append(0x26)
        space = false
        return start + 1
    }

    /// The scalar a numeric reference stands for, following the HTML rules for invalid values.
    private func numericReference(_ value: UInt32) -> Unicode.Scalar {
        if value >= 0x80 && value <= 0x9F {
            let mapped = TextDecoder.windows1252[Int(value - 0x80)]
            return Unicode.Scalar(mapped) ?? "\u{FFFD}"
        }
        if value == 0 { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Appends a decoded scalar, dropping control characters. Whitespace written as a reference is
    /// whitespace still, collapsed as the literal kind is; a carriage return or form feed reads as a space,
    /// and where whitespace is kept, a carriage return (most often the first of a CR LF pair) is dropped. A line or
    /// paragraph separator is a line break.
    private mutating func appendScalar(_ scalar: Unicode.Scalar, collapse: Bool, space: inout Bool) {
        let value = scalar.value
        switch value {
        case 0x09, 0x0A, 0x20:
            appendWhitespace(UInt8(value), collapse: collapse, space: &space)
        case 0x0C, 0x0D:
            if collapse || value == 0x0C { appendWhitespace(0x20, collapse: collapse, space: &space) }
        case 0x2028, 0x2029:
            appendLineSeparator(scalar, space: &space)
        case 0..<0x20, 0x7F..<0xA0:
            break
        default:
            space = false
            for unit in UTF8.encode(scalar)! { append(unit) }
        }
    }

    /// Appends a line or paragraph separator, written as a character or a reference: in text a line break, as a
    /// browser shows one, even where white space collapses (the spaces after it start no line); in an attribute value
    /// (a link's address, a page title) the character itself.
    private mutating func appendLineSeparator(_ separator: Unicode.Scalar, space: inout Bool) {
        if isAttributeValue {
            for unit in UTF8.encode(separator)! { append(unit) }
            space = false
            return
        }
        append(0x0A)
        space = true
        wroteLineSeparator = true
    }

    /// The Windows-1252 characters HTML substitutes for references to U+0080...U+009F.
    private static let windows1252: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
