extension UTF8Output {
    /// Appends the UTF-8 of `text` without its soft hyphens (U+00AD) and zero-width spaces (U+200B): hints at where a
    /// line may break, which text that is not laid out has no use for, and which would split the words a search reads.
    mutating func append(droppingBreakHints text: some StringProtocol) {
        text.withUTF8Buffer { bytes in
            var copied = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let hint = byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xAD ? 2
                    : byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x8B ? 3 : 0
                guard hint > 0 else {
                    index += 1
                    continue
                }
                append(UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                index += hint
                copied = index
            }
            append(UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
    }
}
