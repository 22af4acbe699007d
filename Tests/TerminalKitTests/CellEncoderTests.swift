import Testing
@testable import TerminalKit

/// Cells become the writes ncurses can hold without losing what they show or moving the cursor off the grid.
struct CellEncoderTests {
    private func writes(_ grapheme: String, width: UInt8) -> [[UInt32]] {
        CellEncoder.writes(for: Cell(grapheme: grapheme, width: width)).map { write in
            Array(repeating: 0, count: write.offset) + write.characters.dropLast().map { UInt32(bitPattern: $0) }
        }
    }

    @Test func aConjunctIsWrittenOneSpacingLetterPerColumnWithItsMarks() {
        // क ् ष: the virama rides with the letter before it, the second letter takes the next column.
        #expect(displayWidth("क्ष") == 2)
        #expect(writes("क्ष", width: 2) == [[0x915, 0x94D], [0, 0x937]])
        #expect(displayWidth("का") == 2)
        #expect(writes("का", width: 2) == [[0x915], [0, 0x93E]])
    }

    @Test func combiningMarksShareTheirBasesCell() {
        #expect(writes("e\u{301}", width: 1) == [[0x65, 0x301]])
    }

    @Test func emojiSequencesThatNoCellHoldsKeepTheirBaseAndTheirWidth() {
        #expect(writes("👍🏽", width: 2) == [[0x1F44D]])
        #expect(writes("👩‍💻", width: 2) == [[0x1F469]])
        #expect(writes("🇯🇵", width: 2) == [[0x1F1EF], [0, 0x1F1F5]])
    }
}
