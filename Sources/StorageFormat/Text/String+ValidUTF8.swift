/// Strings from UTF-8 known to be valid, copied without the standard library validating them again.
extension String {
    /// The text of input `bytes`, invalid UTF-8 repaired as U+FFFD exactly as `String(decoding:as:)` does;
    /// valid bytes, the usual case, are checked by one `UTF8Validity` scan and copied as they are.
    init(repairingUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        let validity = UTF8Validity.of(bytes)
        if validity == .invalid {
            self = String(decoding: bytes, as: UTF8.self)
        } else {
            self.init(validUTF8: bytes, isASCII: validity == .ascii)
        }
    }

    /// The text of `bytes`, which must be valid UTF-8; `isASCII` says whether all of them are ASCII, nil
    /// when that is not known.
    init(validUTF8 bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool?) {
        if #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) {
            var text = unsafe UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII ?? false)
            // The ASCII flag lets the string take its fast paths, as validation would have set it.
            if isASCII == nil { _ = text.checkForASCII() }
            self = String(copying: text)
        } else {
            self = String(decoding: bytes, as: UTF8.self)
        }
    }
}
