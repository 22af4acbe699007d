/// Splits text into lower-cased search tokens: runs of letters and digits, each CJK character on its own.
enum TextTokens {
    static func tokens(_ text: String) -> [Substring] {
        var result: [Substring] = []
        let lowered = text.lowercased()
        var start: String.Index?
        var index = lowered.startIndex
        while index < lowered.endIndex {
            let character = lowered[index]
            let next = lowered.index(after: index)
            if isIdeograph(character) {
                if let begin = start { result.append(lowered[begin..<index]); start = nil }
                result.append(lowered[index..<next])
            } else if character.isLetter || character.isNumber {
                if start == nil { start = index }
            } else if let begin = start {
                result.append(lowered[begin..<index])
                start = nil
            }
            index = next
        }
        if let begin = start { result.append(lowered[begin...]) }
        return result
    }

    private static func isIdeograph(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF: return true
        default: return false
        }
    }

    /// Whether every word of `query` occurs in `text` (a word ending in `*` matches as a prefix; a word also
    /// matches a token that extends it by a short plural or past-tense suffix). A quoted query must occur as a phrase.
    static func matches(query: String, in textTokens: [Substring]) -> Bool {
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

    private static func tokenMatches(_ word: (String, Bool), _ token: Substring) -> Bool {
        if token == word.0 { return true }
        guard token.hasPrefix(word.0) else { return false }
        return word.1 || ["s", "es", "ed", "ing"].contains(String(token.dropFirst(word.0.count)))
    }
}
