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
    static func tokens(_ source: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(source.unicodeScalars)
        var index = 0
        var text = String.UnicodeScalarView()
        func flushText() {
            if !text.isEmpty {
                tokens.append(.text(String(text)))
                text = String.UnicodeScalarView()
            }
        }
        func hasPrefix(_ prefix: String, at position: Int) -> Bool {
            var cursor = position
            for scalar in prefix.unicodeScalars {
                guard cursor < scalars.count, scalars[cursor] == scalar else { return false }
                cursor += 1
            }
            return true
        }
        func find(_ needle: String, from position: Int) -> Int? {
            var cursor = position
            while cursor < scalars.count {
                if hasPrefix(needle, at: cursor) { return cursor }
                cursor += 1
            }
            return nil
        }
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "<" else {
                text.append(scalar)
                index += 1
                continue
            }
            if hasPrefix("<![CDATA[", at: index) {
                flushText()
                let start = index + 9
                let end = find("]]>", from: start) ?? scalars.count
                tokens.append(.cdata(String(String.UnicodeScalarView(scalars[start..<end]))))
                index = min(scalars.count, end + 3)
            } else if hasPrefix("<!--", at: index) {
                flushText()
                index = (find("-->", from: index + 4) ?? scalars.count) + 3
            } else if hasPrefix("<?", at: index) || hasPrefix("<!", at: index) {
                flushText()
                index = (find(">", from: index) ?? scalars.count) + 1
            } else {
                guard let end = find(">", from: index) else {
                    text.append(scalar)
                    index += 1
                    continue
                }
                flushText()
                var inner = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                index = end + 1
                if inner.hasPrefix("/") {
                    tokens.append(.close(name: String(inner.dropFirst()).trimmingSpaces()))
                    continue
                }
                let selfClosing = inner.hasSuffix("/")
                if selfClosing { inner.removeLast() }
                let nameEnd = inner.firstIndex { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" } ?? inner.endIndex
                tokens.append(.open(name: String(inner[..<nameEnd]), attributes: String(inner[nameEnd...]),
                                    selfClosing: selfClosing))
            }
        }
        flushText()
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
        guard text.contains("&") else { return text }
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

extension String {
    /// The string without leading and trailing ASCII whitespace.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
