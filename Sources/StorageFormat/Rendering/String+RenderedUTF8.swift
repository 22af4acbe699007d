/// Strings from renderer output, copied without validating its UTF-8 again.
extension String {
    /// The text of `bytes`, which must be valid UTF-8: renderer output is, being whole strings and literals
    /// joined, escaped and split only at ASCII bytes.
    init(renderedUTF8 bytes: LineBytes) {
        self = bytes.withUnsafeBufferPointer { bytes in
            assert(String(validating: bytes, as: UTF8.self) != nil, "renderer output is not valid UTF-8")
            return String(validUTF8: bytes, isASCII: nil)
        }
    }
}
