/// A forgiving tokenizer for storage-format XHTML: tags, text, CDATA; never fails on bad input.
struct StorageScanner {
    /// One piece of the body.
    enum Token: Equatable {
        case text(String)
        case cdata(String)
        case open(name: String, attributes: String, selfClosing: Bool)
        case close(name: String)
    }

    /// Splits `source` into tokens; comments and processing instructions are dropped.
    /// Works on UTF-8 bytes: every markup character is ASCII, so multi-byte text passes through untouched.
    static func tokens(_ source: String) -> [Token] {
        var tokens: [Token] = []
        let bytes = Array(source.utf8)
        let count = bytes.count
        var index = 0
        var textStart = 0
        func string(_ from: Int, _ to: Int) -> String {
            String(decoding: bytes[from..<to], as: UTF8.self)
        }
        func flushText(upTo end: Int) {
            if end > textStart { tokens.append(.text(string(textStart, end))) }
        }
        func hasPrefix(_ prefix: StaticString, at position: Int) -> Bool {
            let length = prefix.utf8CodeUnitCount
            guard position + length <= count else { return false }
            return prefix.withUTF8Buffer { buffer in
                for offset in 0..<length where bytes[position + offset] != buffer[offset] { return false }
                return true
            }
        }
        func find(_ needle: StaticString, from position: Int) -> Int? {
            let first = needle.withUTF8Buffer { $0[0] }
            var cursor = position
            while cursor < count {
                if bytes[cursor] == first && hasPrefix(needle, at: cursor) { return cursor }
                cursor += 1
            }
            return nil
        }
        let lessThan = UInt8(ascii: "<")
        while index < count {
            guard bytes[index] == lessThan else {
                index += 1
                continue
            }
            if hasPrefix("<![CDATA[", at: index) {
                flushText(upTo: index)
                let start = index + 9
                let end = find("]]>", from: start) ?? count
                tokens.append(.cdata(string(start, end)))
                index = min(count, end + 3)
            } else if hasPrefix("<!--", at: index) {
                flushText(upTo: index)
                index = min(count, (find("-->", from: index + 4) ?? count) + 3)
            } else if hasPrefix("<?", at: index) || hasPrefix("<!", at: index) {
                flushText(upTo: index)
                index = min(count, (find(">", from: index) ?? count) + 1)
            } else {
                guard let end = find(">", from: index) else {
                    index += 1
                    continue
                }
                flushText(upTo: index)
                let innerStart = index + 1
                var innerEnd = end
                index = end + 1
                if innerStart < innerEnd && bytes[innerStart] == UInt8(ascii: "/") {
                    tokens.append(.close(name: string(innerStart + 1, innerEnd).trimmingSpaces()))
                    textStart = index
                    continue
                }
                let selfClosing = innerEnd > innerStart && bytes[innerEnd - 1] == UInt8(ascii: "/")
                if selfClosing { innerEnd -= 1 }
                var nameEnd = innerStart
                while nameEnd < innerEnd, ![UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r")].contains(bytes[nameEnd]) {
                    nameEnd += 1
                }
                tokens.append(.open(name: string(innerStart, nameEnd), attributes: string(nameEnd, innerEnd), selfClosing: selfClosing))
            }
            textStart = index
        }
        flushText(upTo: count)
        return tokens
    }

    /// The value of attribute `name` in an attribute string, if present.
    static func attribute(_ name: String, in attributes: String) -> String? {
        for quote in ["\"", "'"] {
            if let range = attributes.range(of: "\(name)=\(quote)") {
                let rest = attributes[range.upperBound...]
                if let close = rest.firstIndex(of: Character(quote)) { return String(rest[..<close]) }
            }
        }
        return nil
    }

    /// Decodes the XML and common HTML entities in text.
    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semi = after.prefix(10).firstIndex(of: ";") else {
                out += "&"
                rest = after
                continue
            }
            let name = String(after[..<semi])
            if let decoded = decode(entity: name) {
                out += decoded
            } else {
                out += "&\(name);"
            }
            rest = after[after.index(after: semi)...]
        }
        return out + rest
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ndash": "–", "mdash": "—",
        "hellip": "…", "rarr": "→", "larr": "←", "copy": "©", "reg": "®", "trade": "™", "laquo": "«", "raquo": "»",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "bull": "•", "middot": "·", "times": "×", "deg": "°",
    ]

    private static func decode(entity name: String) -> String? {
        if let value = named[name] { return value }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let code = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return code.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
