import Testing
import TerminalKit

struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("Z", 1), (" ", 1), ("~", 1),
        ("中", 2), ("日", 2), ("한", 2), ("ア", 2), ("Ａ", 2),
        ("😀", 2), ("🚀", 2), ("❤️", 2), ("☺️", 2), ("1️⃣", 2),
        ("👨‍👩‍👧‍👦", 2), ("🏳️‍🌈", 2), ("👍🏽", 2), ("🇯🇵", 2), ("🇺🇸", 2),
        ("e\u{301}", 1), ("a\u{20DD}", 1), ("\u{301}", 0), ("\u{200B}", 0), ("\u{200D}", 0),
        ("\u{1B}", 0), ("\u{7}", 0), ("\u{9B}", 0), ("\u{7F}", 0),
        ("é", 1), ("ß", 1), ("Ж", 1), ("→", 1),
        ("\u{1100}\u{1161}\u{11A8}", 2),
        ("\u{0378}", 1), ("\u{1FAE8}", 2), ("\u{FE0F}", 0), ("\u{E000}", 1),
    ] as [(Character, Int)])
    func clusterWidths(character: Character, expected: Int) {
        #expect(clusterWidth(character) == expected, "width of \(character.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func stringWidthSumsClusters() {
        #expect(displayWidth("") == 0)
        #expect(displayWidth("hello") == 5)
        #expect(displayWidth("日本語") == 6)
        #expect(displayWidth("a中b") == 4)
        #expect(displayWidth("👨‍👩‍👧‍👦 family") == 9)
        #expect(displayWidth("🇯🇵🇫🇷") == 4)
        #expect(displayWidth("Cafe\u{301}") == 4)
    }
}
