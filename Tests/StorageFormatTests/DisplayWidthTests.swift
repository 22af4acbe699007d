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

    /// The terminal layer's byte-level measure (runs of ASCII and of Hangul or CJK counted at once)
    /// agrees with the scalar-by-scalar counter, joiners and modifiers around those runs included.
    @Test(arguments: [
        "한국어", "a한b", "👨\u{200D}한국", "\u{200D}中文", "한\u{FE0F}", "한\u{1F3FD}국", "中\u{301}文", "ab中文cd한", "\u{D7A3}\u{D7A4}\u{4E00}\u{9FFF}",
    ])
    func byteMeasureAgreesWithTheCounter(_ text: String) {
        let measured = Array(text.utf8).withUnsafeBufferPointer { LineTools.width(of: $0) }
        #expect(measured == displayWidth(of: text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func basicPlaneTableAgreesWithTheRangeTables() {
        var disagreements: [UInt32] = []
        for value in UInt32(0x300)..<0x10000 where !(0xD800...0xDFFF).contains(value) {
            let expected: Int
            if DisplayWidthTable.contains(value, in: DisplayWidthTable.zero) {
                expected = 0
            } else if value >= 0x1100 && DisplayWidthTable.contains(value, in: DisplayWidthTable.wide) {
                expected = 2
            } else {
                expected = 1
            }
            if DisplayWidthTable.basicPlaneWidth(value) != expected { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty, "first disagreements: \(disagreements.prefix(5).map { String($0, radix: 16) })")
        #expect(displayWidth(of: Unicode.Scalar(0x2019)!) == 1)
        #expect(displayWidth(of: Unicode.Scalar(0x200B)!) == 0)
        #expect(displayWidth(of: Unicode.Scalar(0x3042)!) == 2)
    }
}
