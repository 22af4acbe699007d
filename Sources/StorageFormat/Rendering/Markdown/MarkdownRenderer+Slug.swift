/// Heading anchors for generated tables of contents.
extension MarkdownRenderer {
    /// A GitHub heading anchor: lowercase, punctuation dropped, spaces as hyphens. ASCII characters go
    /// byte by byte; only the stretches around non-ASCII text are read as `Character`s.
    static func slug(_ text: String) -> String {
        var slug: [UInt8] = []
        text.withUTF8Buffer { bytes in
            // Whether the byte at `index` is an ASCII character on its own: between two ASCII bytes there is
            // always a character boundary except inside CR LF, and lowercasing keeps ASCII bytes ASCII.
            func isLoneASCII(_ index: Int) -> Bool {
                guard bytes[index] < 0x80 else { return false }
                guard index + 1 < bytes.count else { return true }
                return bytes[index + 1] < 0x80 && !(bytes[index] == 0x0D && bytes[index + 1] == 0x0A)
            }
            var index = 0
            while index < bytes.count {
                if isLoneASCII(index) {
                    appendSlug(ofASCII: bytes[index], to: &slug)
                    index += 1
                    continue
                }
                var end = index + 1
                while end < bytes.count && !isLoneASCII(end) { end += 1 }
                end = min(end + 1, bytes.count)
                appendSlug(of: String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self),
                           to: &slug)
                index = end
            }
        }
        return String(decoding: slug, as: UTF8.self)
    }

    /// The slug of one ASCII character: letters lowercased, digits, `-` and `_` kept, space as `-`.
    private static func appendSlug(ofASCII byte: UInt8, to slug: inout [UInt8]) {
        let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
        if lower == 0x20 {
            slug.append(0x2D)
        } else if lower &- 0x61 < 26 || lower &- 0x30 < 10 || lower == 0x2D || lower == 0x5F {
            slug.append(lower)
        }
    }

    /// The slug of text with non-ASCII characters; lowercasing maps scalar by scalar, so it can be done per stretch.
    private static func appendSlug(of text: String, to slug: inout [UInt8]) {
        for character in text.lowercased() {
            if character == " " {
                slug.append(0x2D)
            } else if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(contentsOf: character.utf8)
            }
        }
    }
}
