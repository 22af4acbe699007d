import Testing
import TerminalKit

struct GridTests {
    @Test func anASCIIGridDrawsSymbolsAsTheirStandIns() {
        var grid = Grid(width: 40, height: 1, ascii: true)
        grid.drawText("a · b › c … ● “q” — 日本 é", x: 0, y: 0)
        #expect(grid.text == "a - b > c . * \"q\" - 日本 é")
        var unicode = Grid(width: 40, height: 1)
        unicode.drawText("a · b › c", x: 0, y: 0)
        #expect(unicode.text == "a · b › c")
    }

    @Test func aBoxFooterSitsAtTheRightOfTheBottomEdgeAndGivesWayWhenNarrow() {
        var grid = Grid(width: 14, height: 3)
        grid.drawBox(grid.bounds, border: .ascii, footer: "3 of 9")
        #expect(grid.text == "+------------+\n|            |\n+--- 3 of 9 -+")
        var narrow = Grid(width: 10, height: 3)
        narrow.drawBox(narrow.bounds, border: .ascii, footer: "3 of 9")
        #expect(narrow.text == "+--------+\n|        |\n+--------+")
    }

    @Test func anASCIIGridFillsWithStandIns() {
        var grid = Grid(width: 3, height: 1, ascii: true)
        grid.fill(grid.bounds, with: "░")
        #expect(grid.text == "---")
    }

    @Test func textDumpTrimsTrailingSpaces() {
        var grid = Grid(width: 8, height: 2)
        grid.drawText("hi", x: 1, y: 0)
        #expect(grid.text == " hi\n")
    }

    @Test func wideCharactersTakeTwoCells() {
        var grid = Grid(width: 6, height: 1)
        let drawn = grid.drawText("a中b", x: 0, y: 0)
        #expect(drawn == 4)
        #expect(grid[x: 1, y: 0].width == 2)
        #expect(grid[x: 2, y: 0].isContinuation)
        #expect(grid.text == "a中b")
    }

    @Test func wideCharacterIsNeverSplitAtRightEdge() {
        var grid = Grid(width: 6, height: 1)
        grid.drawText("ab中cd", in: Rect(x: 0, y: 0, width: 3, height: 1))
        #expect(grid.text == "ab")
        #expect(grid[x: 2, y: 0] == .blank())
        grid.drawText("xx", x: 3, y: 0)
        #expect(grid.text == "ab xx")
    }

    @Test func wideCharacterIsNeverSplitAtLeftEdgeWhenScrolled() {
        var grid = Grid(width: 5, height: 1)
        grid.drawText("中文字", in: Rect(x: 0, y: 0, width: 5, height: 1), skipColumns: 1)
        #expect(grid.text == " 文字")
        #expect(grid[x: 0, y: 0] == .blank())
        #expect(grid[x: 1, y: 0].grapheme == "文")
        #expect(grid[x: 3, y: 0].grapheme == "字")
        #expect(grid[x: 4, y: 0].isContinuation)
        grid.drawText("中文字", in: Rect(x: 0, y: 0, width: 4, height: 1), skipColumns: 1)
        #expect(grid.text == " 文")
    }

    @Test func rectOutsideOrEmptyNeverCrashes() {
        var grid = Grid(width: 3, height: 2)
        for rect in [Rect(x: 0, y: 0, width: 0, height: 0), Rect(x: 5, y: 5, width: 3, height: 3),
                     Rect(x: -4, y: -4, width: 2, height: 2), Rect(x: 2, y: 0, width: 1, height: 1),
                     Rect(x: 0, y: 0, width: 1, height: 1), Rect(x: -1, y: 0, width: 100, height: 100),
                     Rect(x: 0, y: 0, width: -5, height: -5)] {
            grid.drawText("中a😀", in: rect)
            grid.drawBox(rect, border: .light, title: "T中")
            grid.fill(rect, with: "中")
        }
        let empty = Grid(width: 0, height: 0)
        #expect(empty.text == "")
        var zero = Grid(width: 0, height: 3)
        zero.drawText("x", x: 0, y: 0)
        zero.drawBox(zero.bounds, border: .ascii)
        #expect(zero.text == "\n\n")
    }

    @Test func oneColumnRectShowsOnlyNarrowCharacters() {
        var grid = Grid(width: 3, height: 1)
        grid.drawText("中", in: Rect(x: 1, y: 0, width: 1, height: 1))
        #expect(grid.text == "")
        #expect(grid[x: 1, y: 0] == .blank())
        grid.drawText("ab", in: Rect(x: 1, y: 0, width: 1, height: 1))
        #expect(grid.text == " a")
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(width: 4, height: 1)
        grid.drawText("中文", x: 0, y: 0)
        grid.drawText("x", x: 1, y: 0)
        #expect(grid.text == " x文")
        grid.drawText("y", x: 2, y: 0)
        #expect(grid.text == " xy")
        #expect(!grid[x: 3, y: 0].isContinuation)
    }

    @Test func fillWithWideCharacterPadsOddColumn() {
        var grid = Grid(width: 5, height: 1)
        grid.fill(grid.bounds, with: "中")
        #expect(grid.text == "中中")
    }

    @Test func lightBoxWithTitle() {
        var grid = Grid(width: 10, height: 3)
        grid.drawBox(grid.bounds, border: .light, title: "Spaces")
        #expect(grid.text == """
        ┌ Spaces ┐
        │        │
        └────────┘
        """)
    }

    @Test func emptyOrControlOnlyTitleLeavesTheBorderIntact() {
        var grid = Grid(width: 6, height: 2)
        grid.drawBox(grid.bounds, border: .light, title: " \u{1B}[0m ")
        #expect(grid.text == "┌────┐\n└────┘")
    }

    @Test func roundedAndAsciiBoxes() {
        var grid = Grid(width: 6, height: 3)
        grid.drawBox(grid.bounds, border: .rounded)
        #expect(grid.text == "╭────╮\n│    │\n╰────╯")
        grid.drawBox(grid.bounds, border: .ascii, title: "A very long title")
        #expect(grid.text == "+ A. +\n|    |\n+----+")
    }

    @Test func boxTitleIsTruncatedWithEllipsis() {
        var grid = Grid(width: 9, height: 2)
        grid.drawBox(grid.bounds, border: .light, title: "Page tree")
        #expect(grid.text == "┌ Page… ┐\n└───────┘")
    }

    @Test func styledDumpMarksRuns() {
        var grid = Grid(width: 10, height: 1)
        grid.drawRuns([StyledRun("ab"), StyledRun("cd", style: CellStyle(.selected, attributes: .bold)), StyledRun("e")],
                      in: grid.bounds)
        #expect(grid.dump(styled: true) == "ab[selected bold]cd[/]e")
        grid.fill(Rect(x: 6, y: 0, width: 2, height: 1), style: CellStyle(.accent, background: .selected))
        #expect(grid.dump(styled: true) == "ab[selected bold]cd[/]e [accent on selected]  [/]")
    }

    @Test func adversarialTitleAndBodyNeverLeaveControlsInGrid() {
        var grid = Grid(width: 30, height: 6)
        let title = "Title\u{1B}]0;pwned\u{7}\u{1B}[2J\u{9B}31m\u{202E}"
        let body = "Body \u{1B}[1;31mred\u{1B}[0m \u{1B}P+q\u{1B}\\ \u{90}dcs\u{9C}\u{8}\u{7F}\u{0}"
        grid.drawBox(grid.bounds, border: .light, title: title)
        grid.drawText(body, in: grid.bounds.inset(by: 1))
        grid.fill(Rect(x: 1, y: 2, width: 3, height: 1), with: "\u{1B}")
        #expect(!TestSupport.gridHasForbiddenScalar(grid))
        #expect(grid.text.contains("Title"))
        #expect(grid.text.contains("Body red"))
    }
}
