/// Strings from renderer output, copied without validating its UTF-8 again where the standard library allows.
extension String {
    /// The text of `bytes`, which must be valid UTF-8: renderer output is, being whole strings and literals
    /// joined, escaped and split only at ASCII bytes.
    init(renderedUTF8 bytes: LineBytes) {
        self = bytes.withUnsafeBufferPointer { bytes in
            assert(String(validating: bytes, as: UTF8.self) != nil, "renderer output is not valid UTF-8")
            if #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) {
                var text = unsafe UTF8Span(unchecked: bytes.span)
                // The ASCII flag lets the string take its fast paths, as validation would have set it.
                _ = text.checkForASCII()
                return String(copying: text)
            } else {
                return String(decoding: bytes, as: UTF8.self)
            }
        }
    }
}
