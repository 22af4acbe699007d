extension UInt8 {
    /// Whether the byte is XML/HTML whitespace: space, tab, line feed, form feed or carriage return.
    @inline(__always)
    var isMarkupSpace: Bool { self == 0x20 || self == 0x0A || self == 0x09 || self == 0x0D || self == 0x0C }
}
