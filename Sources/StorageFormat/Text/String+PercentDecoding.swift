extension String {
    /// The text with its `%XX` escapes decoded, as Confluence Cloud stores an anchor (`%C3%9Cber-uns`); the text as it
    /// is when it holds none, or when what they decode to is not UTF-8 (a literal `%` in an anchor).
    var percentDecoded: String {
        guard utf8.contains(UInt8(ascii: "%")) else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var rest = utf8[...]
        while let byte = rest.popFirst() {
            if byte == UInt8(ascii: "%"), rest.count >= 2,
               let high = Character(Unicode.Scalar(rest[rest.startIndex])).hexDigitValue,
               let low = Character(Unicode.Scalar(rest[rest.index(after: rest.startIndex)])).hexDigitValue {
                bytes.append(UInt8(high << 4 | low))
                rest = rest.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? self
    }
}
