/// Splits text into lower-cased search tokens: runs of letters and digits, each CJK character on its own.
enum TextTokens {
    /// The tokens of `text`, walking Unicode scalars with an ASCII fast path (no grapheme breaking).
    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(32)
        func flush() {
            if !current.isEmpty {
                result.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    current.append(UInt8(value))
                } else if (0x41...0x5A).contains(value) {
                    current.append(UInt8(value + 0x20))
                } else {
                    flush()
                }
            } else if isIdeograph(value) {
                flush()
                result.append(String(Character(scalar)))
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                        || scalar.properties.generalCategory == .nonspacingMark
                        || scalar.properties.generalCategory == .spacingMark {
                current.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    private static func isIdeograph(_ value: UInt32) -> Bool {
        switch value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF: return true
        default: return false
        }
    }

    /// Whether every word of `query` occurs in `text` (a word ending in `*` matches as a prefix; a word also
    /// matches a token that extends it by a short plural or past-tense suffix). A quoted query must occur as a phrase.
    static func matches(query: String, in textTokens: [String]) -> Bool {
        let trimmed = query.trimmingSpaces()
        let isPhrase = trimmed.count > 1 && trimmed.hasPrefix("\"") && trimmed.hasSuffix("\"")
        let wanted = queryTokens(isPhrase ? String(trimmed.dropFirst().dropLast()) : trimmed)
        guard !wanted.isEmpty else { return false }
        if isPhrase {
            guard textTokens.count >= wanted.count else { return false }
            for start in 0...(textTokens.count - wanted.count) where
                zip(wanted, textTokens[start...]).allSatisfy({ tokenMatches($0, $1) }) {
                return true
            }
            return false
        }
        return wanted.allSatisfy { word in textTokens.contains { tokenMatches(word, $0) } }
    }

    private static func queryTokens(_ text: String) -> [(String, Bool)] {
        text.split(separator: " ").flatMap { word -> [(String, Bool)] in
            let prefix = word.hasSuffix("*")
            let parts = tokens(String(prefix ? word.dropLast() : word))
            return parts.enumerated().map { (String($0.element), prefix && $0.offset == parts.count - 1) }
        }
    }

    private static func tokenMatches(_ word: (String, Bool), _ token: String) -> Bool {
        if token == word.0 { return true }
        guard token.hasPrefix(word.0) else { return false }
        return word.1 || ["s", "es", "ed", "ing"].contains(String(token.dropFirst(word.0.count)))
    }

    /// A cheap necessary condition for `matches`: every ASCII word of the query occurs, ignoring ASCII case,
    /// somewhere in `raw`. Words with other characters are not checked here. Lets a search skip rendering and
    /// tokenising bodies that cannot match.
    static func mightMatch(query: String, raw: String) -> Bool {
        let words = query.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) && $0.isASCII }
            .map { Array($0.lowercased().utf8) }
            .filter { word in !word.isEmpty && word.allSatisfy { $0 < 0x80 } }
        guard !words.isEmpty else { return true }
        var haystack = Array(raw.utf8)
        for index in haystack.indices where haystack[index] >= 0x41 && haystack[index] <= 0x5A { haystack[index] += 0x20 }
        return words.allSatisfy { contains(haystack, $0) }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        let first = needle[0]
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}
