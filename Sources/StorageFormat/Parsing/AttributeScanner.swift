/// Reads the attributes of a start tag one at a time, from just after the tag name up to and including
/// the `>` that ends the tag.
struct AttributeScanner {
    /// How the tag ended.
    enum Ending {
        case open, selfClosing, truncated
    }

    private let input: UnsafeBufferPointer<UInt8>
    /// The next byte to read; after the end, the index just past the tag.
    private(set) var index: Int
    /// How the tag ended, once `next()` has returned nil.
    private(set) var ending: Ending?

    /// Starts reading at `start`, just after a tag name.
    init(_ input: UnsafeBufferPointer<UInt8>, from start: Int) {
        self.input = input
        self.index = start
    }

    /// The next attribute, or nil at the end of the tag (see `ending`).
    @inline(__always)
    mutating func next() -> AttributeList.Span? {
        guard ending == nil else { return nil }
        let end = input.count
        while true {
            while index < end && input[index].isMarkupSpace { index += 1 }
            guard index < end else { return finish(.truncated) }
            let byte = input[index]
            if byte == 0x3E {  // '>'
                index += 1
                return finish(.open)
            }
            if byte == 0x2F {  // '/'
                index += 1
                if index < end && input[index] == 0x3E {
                    index += 1
                    return finish(.selfClosing)
                }
                continue
            }
            let nameStart = index
            while index < end && !input[index].isIn(Self.nameEnds) { index += 1 }
            if index == nameStart { index += 1 }  // a stray '=' without a name
            let nameEnd = index
            var scan = index
            while scan < end && input[scan].isMarkupSpace { scan += 1 }
            guard scan < end && input[scan] == 0x3D else {  // no '=': a name without a value
                return AttributeList.Span(nameStart: nameStart, nameEnd: nameEnd, valueStart: nameEnd, valueEnd: nameEnd)
            }
            scan += 1
            while scan < end && input[scan].isMarkupSpace { scan += 1 }
            guard scan < end else { return finish(.truncated) }
            let quote = input[scan]
            let valueStart: Int
            let valueEnd: Int
            if quote == 0x22 || quote == 0x27 {
                valueStart = scan + 1
                if let close = input.firstIndex(of: quote, from: valueStart) {
                    valueEnd = close
                    index = close + 1
                } else {
                    // Never closed: the value ends at the tag's next `>`, rather than taking the rest of the input
                    // with it. (A later tag holding the quote would have closed it, so this search runs at most
                    // once per kind of quote.)
                    guard let tagEnd = input.firstIndex(of: 0x3E, from: valueStart) else { return finish(.truncated) }
                    valueEnd = tagEnd
                    index = tagEnd
                }
            } else {
                valueStart = scan
                while scan < end && !input[scan].isIn(Self.unquotedValueEnds) { scan += 1 }
                valueEnd = scan
                index = scan
            }
            return AttributeList.Span(nameStart: nameStart, nameEnd: nameEnd, valueStart: valueStart, valueEnd: valueEnd)
        }
    }

    /// The bytes that end an attribute name: whitespace, `=`, `>` and `/`.
    private static var nameEnds: UInt64 { UInt8.markupSpaces | 1 << 0x3D | 1 << 0x3E | 1 << 0x2F }

    /// The bytes that end an unquoted value: whitespace and `>`.
    private static var unquotedValueEnds: UInt64 { UInt8.markupSpaces | 1 << 0x3E }

    /// Records how the tag ended; a truncated tag ends the input.
    private mutating func finish(_ ending: Ending) -> AttributeList.Span? {
        self.ending = ending
        if ending == .truncated { index = input.count }
        return nil
    }
}
