extension UInt8 {
    /// Whether the byte is XML/HTML whitespace: space, tab, line feed, form feed or carriage return.
    @inline(__always)
    var isMarkupSpace: Bool { isIn(UInt8.markupSpaces) }

    /// Whitespace, as a set of bytes below 64 (see `isIn(_:)`).
    static var markupSpaces: UInt64 { 1 << 0x20 | 1 << 0x0A | 1 << 0x09 | 1 << 0x0D | 1 << 0x0C }

    /// Whether the byte is in `set`, a set of bytes below 64 given as one bit per byte value.
    @inline(__always)
    func isIn(_ set: UInt64) -> Bool { self < 64 && (set >> self) & 1 != 0 }
}
