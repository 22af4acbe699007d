extension UnsafeMutablePointer<UInt8> {
    /// Initializes `byteCount` bytes (a multiple of `glyph`'s non-zero length) with `glyph` repeated: a
    /// single byte is filled in, a longer glyph copied once and the filled part then copied after itself.
    @inline(__always)
    func initialize(repeating glyph: UnsafeBufferPointer<UInt8>, byteCount: Int) {
        guard let source = glyph.baseAddress, byteCount > 0 else { return }
        if glyph.count == 1 { return initialize(repeating: source.pointee, count: byteCount) }
        initialize(from: source, count: glyph.count)
        var filled = glyph.count
        while filled < byteCount {
            let copied = Swift.min(filled, byteCount - filled)
            (self + filled).initialize(from: self, count: copied)
            filled += copied
        }
    }
}
