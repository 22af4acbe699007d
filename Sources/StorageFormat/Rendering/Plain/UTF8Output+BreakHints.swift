extension UTF8Output {
    /// Appends the UTF-8 of `text` without its soft hyphens (U+00AD), zero-width spaces (U+200B), word joiners (U+2060)
    /// and zero-width no-break spaces (U+FEFF): invisible hints at where a line may or may not break, which text that is
    /// not laid out has no use for, and which would split the words a search reads. A hint standing between two spaces
    /// leaves one space.
    mutating func append(droppingBreakHints text: some StringProtocol) {
        text.withUTF8Buffer { bytes in
            var copied = 0
            var index = 0
            var keptEndsInSpace = false
            while index < bytes.count {
                let byte = bytes[index]
                let hint = byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xAD ? 2
                    : byte >= 0xE2 && index + 2 < bytes.count && Self.isBreakHint(byte, bytes[index + 1], bytes[index + 2]) ? 3 : 0
                guard hint > 0 else {
                    index += 1
                    continue
                }
                if index > copied { keptEndsInSpace = bytes[index - 1] == 0x20 }
                append(UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                index += hint
                if keptEndsInSpace && index < bytes.count && bytes[index] == 0x20 { index += 1 }
                copied = index
            }
            append(UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
    }

    /// Whether the three-byte sequence is a zero-width space, a word joiner or a zero-width no-break space.
    private static func isBreakHint(_ lead: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        switch (lead, second, third) {
        case (0xE2, 0x80, 0x8B), (0xE2, 0x81, 0xA0), (0xEF, 0xBB, 0xBF): true
        default: false
        }
    }
}
