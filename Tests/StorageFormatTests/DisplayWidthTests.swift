import Testing
@testable import StorageFormat

/// Display width by cluster: wide CJK and emoji, zero-width marks and joiners.
struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("한", 2), ("中", 2), ("ｱ", 1), ("Ａ", 2), ("e\u{301}", 1), ("😀", 2), ("👍🏽", 2),
        ("👨‍👩‍👧", 2), ("ℹ️", 2), ("🇰🇷", 2), ("\u{200B}", 0), ("\u{7}", 0), ("각", 2), ("ᄀ\u{1161}", 2),
    ])
    func widthOfClusters(_ text: String, _ width: Int) {
        #expect(displayWidth(of: text) == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func widthOfStrings() {
        #expect(displayWidth(of: "QueryPie의 사용자") == 17)
        #expect(displayWidth(of: "") == 0)
        #expect(displayWidth(of: Character("😮‍💨")) == 2)
        #expect(displayWidth(of: Unicode.Scalar(0x0301)!) == 0)
    }
}
