/// Byte-level edits for the Markdown renderer: they work on UTF-8 bytes instead of iterating
/// `Character`s, and return the string itself when nothing changes.
extension String {
    /// The string with each ASCII byte for which `replacement` returns text replaced by that text.
    func replacingASCII(_ replacement: (UInt8) -> StaticString?) -> String {
        let escapes = ASCIIEscapes(replacement)
        return withUTF8Buffer { bytes in
            guard bytes.contains(where: escapes.contains) else { return self }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            result.append(bytes, escaping: escapes)
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Every occurrence of `target` replaced by `replacement`, scanning left to right.
    func replacingAll(_ target: String, with replacement: String) -> String {
        var bytes = Array(utf8)
        return bytes.replaceAll(target.utf8, with: replacement.utf8) ? String(decoding: bytes, as: UTF8.self) : self
    }

    /// The length of the longest run of `byte` in the string's UTF-8.
    func longestRun(of byte: UInt8) -> Int {
        utf8.longestRun(of: byte)
    }
}

extension Sequence where Element == UInt8 {
    /// The length of the longest run of `byte`.
    func longestRun(of byte: UInt8) -> Int {
        var longest = 0
        var run = 0
        for unit in self {
            run = unit == byte ? run + 1 : 0
            longest = Swift.max(longest, run)
        }
        return longest
    }
}
