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
        // Each plain scalar's length is found once, as the one after the previous.
        var length = plainLength(0)
        while index < bytes.count {
            if length > 0 {
                let next = index + length
                let nextLength = plainLength(next)
                if next == bytes.count || nextLength > 0 {
                    if length == 1 {
                        appendSlug(ofASCII: bytes[index], to: &slug)
                    } else {
                        slug.append(bytes[index])
                        slug.append(bytes[index + 1])
                        slug.append(bytes[index + 2])
                    }
                    (index, length) = (next, nextLength)
                    continue
                }
            }
            var end = index + 1
            while end < bytes.count && !isLone(end) { end += 1 }
            end = min(end + max(plainLength(end), 1), bytes.count)
            appendSlug(of: String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self),
                       to: &slug)
            (index, length) = (end, plainLength(end))
        }
    }

    /// The slug of one ASCII character: letters lowercased, digits, `-` and `_` kept, space as `-`.
    private static func appendSlug(ofASCII byte: UInt8, to slug: inout LineBytes) {
        let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
        if lower == 0x20 {
            slug.append(0x2D)
        } else if lower &- 0x61 < 26 || lower &- 0x30 < 10 || lower == 0x2D || lower == 0x5F {
            slug.append(lower)
        }
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
