/// ASCII bytes to replace in text and the text replacing each: a table over all byte values finds them.
struct ASCIIEscapes: Sendable {
    /// For each byte value, whether it is replaced; 256 entries, so any byte indexes it.
    private let isReplaced: [Bool]
    private let replacements: [StaticString?]

    /// Escapes replacing each ASCII byte for which `replacement` returns text.
    init(_ replacement: (UInt8) -> StaticString?) {
        let replacements = (0..<0x80).map { replacement(UInt8($0)) }
        self.replacements = replacements
        isReplaced = (0...0xFF).map { $0 < 0x80 && replacements[$0] != nil }
    }

    /// Whether `byte` is replaced.
    func contains(_ byte: UInt8) -> Bool {
        isReplaced[Int(byte)]
    }

    /// The index of the first replaced byte of `bytes` at or after `start`, or `bytes.count` when there is none.
    func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        isReplaced.withUnsafeBufferPointer { isReplaced in
            var index = start
            while index < bytes.count && !isReplaced[Int(bytes[index])] { index += 1 }
            return index
        }
    }

    /// The text replacing `byte`, which must be contained.
    func replacement(for byte: UInt8) -> StaticString {
        replacements[Int(byte)]!
    }
}
