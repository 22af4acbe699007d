import Testing
@testable import StorageFormat

/// The fast grapheme count agrees with `String.count`, including clusters that start or end in ASCII.
struct GraphemeCountTests {
    @Test(arguments: [
        "", "a", "plain ASCII text", "line\r\nnext\r\n", "\r\r\n\n", "e\u{301}", "ae\u{301}b", "\u{301}",
        "🇩🇪🇫🇷x", "👩‍👩‍👧 family", "x\u{600}1 prepend", "\u{600}a", "한국어 text", "a\u{200D}b", "日本語", "e\u{301}\r\n",
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
}
