/// Strings from input bytes, copied without the standard library validating them again when they are valid.
extension String {
    /// The text of `bytes`, with invalid UTF-8 repaired as U+FFFD exactly as `String(decoding:as:)` does;
    /// valid bytes, the usual case, are checked by one `UTF8Validity` scan and copied as they are.
    init(repairingUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        let validity = UTF8Validity.of(bytes)
        if validity != .invalid, #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) {
            let text = unsafe UTF8Span(unchecked: bytes.span, isKnownASCII: validity == .ascii)
            self = String(copying: text)
        } else {
            self = String(decoding: bytes, as: UTF8.self)
        }
    }
}
