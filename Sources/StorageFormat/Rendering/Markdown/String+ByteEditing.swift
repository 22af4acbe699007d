/// Byte-level edits for the Markdown renderer: they work on UTF-8 bytes instead of iterating
/// `Character`s, and return the string itself when nothing changes.
extension String {
    /// The string with each ASCII byte for which `replacement` returns text replaced by that text.
    func replacingASCII(_ replacement: (UInt8) -> StaticString?) -> String {
        var text = self
        return text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: { $0 < 0x80 && replacement($0) != nil }) else { return self }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
            for byte in UnsafeBufferPointer(rebasing: bytes[first...]) {
                if byte < 0x80, let text = replacement(byte) {
                    result.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
                } else {
                    result.append(byte)
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Every occurrence of `target` replaced by `replacement`, scanning left to right.
    func replacingAll(_ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        guard let head = needle.first else { return self }
        var text = self
        return text.withUTF8 { bytes in
            var result: [UInt8] = []
            var index = 0
            var copied = 0
            while index + needle.count <= bytes.count {
                guard bytes[index] == head, needle.indices.allSatisfy({ bytes[index + $0] == needle[$0] }) else {
                    index += 1
                    continue
                }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                result.append(contentsOf: replacement.utf8)
                index += needle.count
                copied = index
            }
            guard copied > 0 else { return self }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// The length of the longest run of `byte` in the string's UTF-8.
    func longestRun(of byte: UInt8) -> Int {
        var longest = 0
        var run = 0
        for unit in utf8 {
            run = unit == byte ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }

    /// The string without leading and trailing spaces.
    var trimmingSpaces: String {
        var bytes = utf8[...]
        while bytes.first == 0x20 { bytes = bytes.dropFirst() }
        while bytes.last == 0x20 { bytes = bytes.dropLast() }
        return bytes.count == utf8.count ? self : String(decoding: bytes, as: UTF8.self)
    }
}
