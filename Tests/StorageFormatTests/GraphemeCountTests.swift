import Testing
@testable import StorageFormat
import TestSupport

/// The fast grapheme count agrees with `String.count`, including clusters that start or end in ASCII.
struct GraphemeCountTests {
    @Test(arguments: [
        "", "a", "plain ASCII text", "line\r\nnext\r\n", "\r\r\n\n", "e\u{301}", "ae\u{301}b", "\u{301}",
        "🇩🇪🇫🇷x", "👩‍👩‍👧 family", "x\u{600}1 prepend", "\u{600}a", "한국어 text", "a\u{200D}b", "日本語", "e\u{301}\r\n",
        "é\u{301}—“q”", "가\u{11A8}나", "\u{1100}\u{1161}가", "中\u{FE0F}文", "Ａ\u{20DD}Ｂ", "–\u{200C}–", "ü\u{1F3FB}",
    ])
    func matchesStringCount(_ text: String) {
        #expect(GraphemeCount.of(text) == text.count)
    }

    @Test func matchesOnTheCorpus() {
        guard Corpus.requirePresent() else { return }
        for document in Corpus.documents() {
            let text = StorageDocument.parse(document.text).plainText().text
            #expect(GraphemeCount.of(text) == text.count, "\(document.name)")
        }
    }

    /// Random strings over simple scalars next to every kind that joins (marks, joiners, jamo, flags,
    /// emoji modifiers, prepends, CR LF), so the fast path's boundaries are checked where they matter.
    @Test func matchesOnRandomMixtures() {
        let pieces: [String] = ["a", " ", "\r", "\n", "é", "ß", "—", "“", "中", "가", "Ａ", "\u{301}", "\u{20DD}", "\u{200D}",
                                "\u{200C}", "\u{FE0F}", "\u{1100}", "\u{1161}", "\u{11A8}", "🇩", "🇪", "👍", "\u{1F3FD}", "\u{600}",
                                "\u{903}", "क", "\u{94D}", "\u{3099}", "か", "\u{AD}"]
        var generator = SplitMix64(seed: 4)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(GraphemeCount.of(text) == text.count, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}

