/// Heading anchors for generated tables of contents.
extension MarkdownRenderer {
    /// A GitHub heading anchor: lowercase, punctuation dropped, spaces as hyphens. ASCII characters go
    /// byte by byte and CJK ideographs and Hangul syllables as they are; only the stretches around other
    /// text are read as `Character`s.
    static func slug(_ text: String) -> String {
        var slug = LineBytes()
        text.withUTF8Buffer { appendSlug(of: $0, to: &slug) }
        return String(renderedUTF8: slug)
    }

    /// Appends the anchor of the heading text `bytes` (UTF-8) to `slug`.
    static func appendSlug(of bytes: UnsafeBufferPointer<UInt8>, to slug: inout LineBytes) {
        // The length of the scalar at `index` when it is ASCII but CR, a CJK ideograph or a Hangul
        // syllable, else 0 (also past the end): between two such scalars there is always a character
        // boundary, the ideographs and syllables are letters that lowercase to themselves, and ASCII stays ASCII.
        func plainLength(_ index: Int) -> Int {
            guard index < bytes.count else { return 0 }
            let lead = bytes[index]
            if lead < 0x80 { return lead == 0x0D ? 0 : 1 }
            guard lead & 0xF0 == 0xE0, index + 3 <= bytes.count else { return 0 }
            let value = LineWrapper.scalar(bytes, at: index, length: 3).value
            return (0x4E00...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value) ? 3 : 0
        }
        // Whether the scalar at `index` is a plain character on its own, a plain scalar or nothing after it.
        func isLone(_ index: Int) -> Bool {
            let length = plainLength(index)
            return length > 0 && (index + length == bytes.count || plainLength(index + length) > 0)
        }
        var index = 0
        while index < bytes.count {
            // The plain scalars from `index` that are lone: each one followed by another, and the last one
            // of the text.
            var loneEnd = index
            var length = plainLength(index)
            while length > 0 {
                let next = loneEnd + length
                let nextLength = plainLength(next)
                guard next == bytes.count || nextLength > 0 else { break }
                (loneEnd, length) = (next, nextLength)
            }
            if loneEnd > index {
                appendSlug(ofPlain: UnsafeBufferPointer(rebasing: bytes[index..<loneEnd]), to: &slug)
                index = loneEnd
                continue
            }
            var end = index + 1
            while end < bytes.count && !isLone(end) { end += 1 }
            end = min(end + max(plainLength(end), 1), bytes.count)
            appendSlug(of: String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self),
                       to: &slug)
            index = end
        }
    }

    /// The slug of lone plain scalars, in one append: ASCII characters as `plainSlug` maps them (letters
    /// lowercased, digits, `-` and `_` kept, space as `-`, the rest dropped), ideographs and syllables kept.
    private static func appendSlug(ofPlain run: UnsafeBufferPointer<UInt8>, to slug: inout LineBytes) {
        plainSlug.withUnsafeBufferPointer { table in
            slug.append(atMost: run.count) { output in
                var written = 0
                for byte in run {
                    let mapped = table[Int(byte)]
                    output[written] = mapped
                    written &+= mapped == 0 ? 0 : 1
                }
                return written
            }
        }
    }

    /// For each byte of a lone plain scalar, what its slug keeps of it: 0 for a dropped ASCII character;
    /// the bytes of ideographs and syllables stay as they are.
    private static let plainSlug: [UInt8] = (0...255).map { (byte: UInt8) -> UInt8 in
        guard byte < 0x80 else { return byte }
        let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
        if lower == 0x20 { return 0x2D }
        return lower &- 0x61 < 26 || lower &- 0x30 < 10 || lower == 0x2D || lower == 0x5F ? lower : 0
    }

    /// The slug of text with non-ASCII characters; lowercasing maps scalar by scalar, so it can be done per stretch.
    private static func appendSlug(of text: String, to slug: inout LineBytes) {
        for character in text.lowercased() {
            if character == " " {
                slug.append(0x2D)
            } else if character.isLetter || character.isNumber || character == "-" || character == "_" {
                for byte in character.utf8 { slug.append(byte) }
            }
        }
    }
}
