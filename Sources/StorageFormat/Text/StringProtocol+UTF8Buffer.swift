/// Contiguous access to a string's UTF-8 for the byte-level builder and renderers.
extension StringProtocol {
    /// Calls `body` with the text's UTF-8, copying only when it is not stored contiguously.
    @inline(__always)
    func withUTF8Buffer<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}
