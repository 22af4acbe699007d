/// The attributes of one start tag, as byte ranges into the input; values are decoded on request.
struct AttributeList {
    /// One attribute's name and (possibly absent) value, as offsets into the input.
    struct Span {
        var nameStart: Int
        var nameEnd: Int
        var valueStart: Int
        var valueEnd: Int
    }

    let input: UnsafeBufferPointer<UInt8>
    /// Valid only during the `startTag` call that hands the list over.
    let spans: UnsafeBufferPointer<Span>

    /// No attributes, for an element the tree builder starts itself.
    static var none: AttributeList { AttributeList(input: .init(start: nil, count: 0), spans: .init(start: nil, count: 0)) }

    /// The decoded value of the attribute `name` (ASCII case-insensitive), or nil when absent.
    /// Entities are decoded, control characters dropped and whitespace collapsed.
    func value(_ name: StaticString) -> String? {
        guard let span = find(name) else { return nil }
        let raw = UnsafeBufferPointer(rebasing: input[span.valueStart..<span.valueEnd])
        if Self.decodesToItself(raw) { return String(validUTF8: raw, isASCII: true) }
        var decoder = TextDecoder(attributeValue: true)
        var lastWasSpace = true
        let text = decoder.decode(input, span.valueStart..<span.valueEnd, entities: true, collapse: true,
                                  lastWasSpace: &lastWasSpace)
        return text.withUTF8Buffer { $0.last == 0x20 ? String(decoding: $0.dropLast(), as: UTF8.self) : nil } ?? text
    }

    /// Whether `value` is all printable ASCII but spaces and `&`, which decoding leaves as it is; eight bytes
    /// at a time, the last word overlapping the one before.
    private static func decodesToItself(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard value.count >= 8, let base = value.baseAddress else {
            return value.allSatisfy { $0 &- 0x21 < 0x5E && $0 != 0x26 }
        }
        var index = 0
        while true {
            let at = min(index, value.count &- 8)
            let lanes = ByteLanes(at: base + at)
            let passes = lanes.passes(atLeast: 0x21) & lanes.passes(notEqualTo: 0x7F) & lanes.passes(notEqualTo: 0x26)
            guard lanes.isASCII && lanes.asciiFailing(passes) == 0 else { return false }
            if at == value.count &- 8 { return true }
            index &+= 8
        }
    }

    /// Whether the raw value of attribute `name` contains the ASCII bytes of `needle` (no decoding).
    func value(_ name: StaticString, contains needle: StaticString) -> Bool {
        guard let span = find(name) else { return false }
        let count = needle.utf8CodeUnitCount
        guard count > 0, span.valueEnd - span.valueStart >= count else { return false }
        var start = span.valueStart
        while start + count <= span.valueEnd {
            var matches = true
            for offset in 0..<count where input[start + offset] != needle.utf8Start[offset] {
                matches = false
                break
            }
            if matches { return true }
            start += 1
        }
        return false
    }

    /// Whether the attribute `name` is present.
    func contains(_ name: StaticString) -> Bool { find(name) != nil }

    /// The first attribute spelled `name` (ASCII case-insensitive; `name` is lowercase).
    @inline(__always)
    private func find(_ name: StaticString) -> Span? {
        let count = name.utf8CodeUnitCount
        let target = name.utf8Start
        assert((0..<count).allSatisfy { target[$0] &- 0x41 >= 26 }, "attribute names are looked up in lowercase")
        guard let base = input.baseAddress else { return nil }
        for span in spans where span.nameEnd &- span.nameStart == count {
            precondition(span.nameStart >= 0 && span.nameEnd <= input.count)  // so the words read lie within the input
            var offset = 0
            // Whole words while they match exactly (the usual, lowercase spelling); bytes fold capitals.
            while offset &+ 8 <= count && ByteLanes(at: base + (span.nameStart &+ offset)).word == ByteLanes(at: target + offset).word {
                offset &+= 8
            }
            while offset < count {
                let byte = input[span.nameStart &+ offset]
                let expected = target[offset]
                // Equal, or the capital of a letter: `| 0x20` maps only capitals to letters.
                guard byte == expected || (byte | 0x20 == expected && expected &- 0x61 < 26) else { break }
                offset &+= 1
            }
            if offset == count { return span }
        }
        return nil
    }
}
