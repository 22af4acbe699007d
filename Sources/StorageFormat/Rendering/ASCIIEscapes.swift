/// ASCII bytes to replace in text and the text replacing each: a bit mask finds them, a table replaces them.
struct ASCIIEscapes: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private let replacements: [StaticString?]

    /// Escapes replacing each ASCII byte for which `replacement` returns text.
    init(_ replacement: (UInt8) -> StaticString?) {
        replacements = (0..<0x80).map { replacement(UInt8($0)) }
        for byte in replacements.indices where replacements[byte] != nil {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
    }

    /// Whether `byte` is replaced.
    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        byte < 0x80 && ((byte < 64 ? low : high) >> UInt64(byte & 63)) & 1 != 0
    }

    /// The text replacing `byte`, which must be contained.
    func replacement(for byte: UInt8) -> StaticString {
        replacements[Int(byte)]!
    }
}
