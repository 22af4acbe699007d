/// A buffer renderers append UTF-8 to, building a `String` only at the end; what they append besides
/// bytes (literals, strings, numbers, escaped text) is written once, here, for every such buffer.
protocol UTF8Output {
    /// Appends `bytes`.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>)
    /// Appends one byte.
    mutating func append(_ byte: UInt8)
}

extension UTF8Output {
    /// Appends the UTF-8 of a literal; inlined, a literal's representation is known where it is written.
    @inline(__always)
    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    /// Appends the UTF-8 of `text` in one copy.
    mutating func append(utf8Of text: some StringProtocol) {
        text.withUTF8Buffer { append($0) }
    }

    /// Appends the decimal digits of `value`, after a minus sign when it is negative (as `String(value)`).
    mutating func append(decimal value: Int) {
        if value < 0 { append(0x2D) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            append(0x30 + UInt8(truncatingIfNeeded: magnitude / divisor % 10))
            divisor /= 10
        } while divisor > 0
    }

    /// Appends `bytes` with the bytes `escapes` contains replaced.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, escaping escapes: ASCIIEscapes) {
        var copied = 0
        var index = escapes.firstIndex(in: bytes, from: 0)
        while index < bytes.count {
            append(UnsafeBufferPointer(rebasing: bytes[copied..<index]))
            append(escapes.replacement(for: bytes[index]))
            copied = index + 1
            index = escapes.firstIndex(in: bytes, from: copied)
        }
        append(UnsafeBufferPointer(rebasing: bytes[copied...]))
    }
}

extension Array: UTF8Output where Element == UInt8 {
    /// Appends `bytes`.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        append(contentsOf: bytes)
    }
}
