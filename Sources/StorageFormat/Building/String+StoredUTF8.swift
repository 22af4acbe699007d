extension String {
    /// Calls `body` with the string's UTF-8 bytes, straight from its storage when it is native (as every
    /// string the builder makes is); byte loops over `utf8` cost several times more.
    @inline(__always)
    func withStoredUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
