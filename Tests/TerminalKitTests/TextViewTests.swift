import TerminalKit
import Testing
import TestSupport

struct TextViewTests {
    static let lines: [[StyledRun]] = [
        [StyledRun("# Title", style: CellStyle(.heading))],
        [StyledRun("The quick "), StyledRun("brown", style: CellStyle(.link)), StyledRun(" fox")],
        [],
        [StyledRun("let fox = 中文 + \"FOX\"", style: CellStyle(.code))],
        [StyledRun("end")],
    ]

    @Test func rendersVisibleLinesAndScrolls() {
        var view = TextView(lines: Self.lines)
        var grid = Grid(width: 12, height: 3)
        view.render(into: &grid, in: grid.bounds)
        #expect(grid.text == "# Title\nThe quick b›\n")
        view.scroll(by: 10, viewportHeight: 3)
        #expect(view.scrollY == 2)
        view.render(into: &grid, in: grid.bounds)
        #expect(grid.text == "\nlet fox =  ›\nend", "the marker takes the last column, so 中 no longer fits")
        view.scroll(by: -1, viewportHeight: 3)
        view.scrollToTop()
        #expect(view.scrollY == 0)
        view.scrollToBottom(viewportHeight: 3)
        #expect(view.scrollY == 2)
    }

    @Test func horizontalScrollNeverSplitsWideCharacters() {
        var view = TextView(lines: Self.lines)
        view.scroll(by: 3, viewportHeight: 1)
        view.scrollHorizontally(by: 11, viewportWidth: 6)
        #expect(view.scrollX == 11)
        var grid = Grid(width: 6, height: 1)
        view.render(into: &grid, in: grid.bounds)
        #expect(grid.text == "‹文 +›", "the half of 中 left of the edge is blank, under the marker")
        view.scrollHorizontally(by: 100, viewportWidth: 6)
        #expect(view.scrollX == view.contentWidth - 6)
        view.scrollHorizontally(by: -100, viewportWidth: 6)
        #expect(view.scrollX == 0)
    }

    @Test func markersShowWhereALineGoesOnBeyondAnEdge() {
        var view = TextView(lines: [[StyledRun("curl -d '{\"a\": 1}'", style: CellStyle(.code))], [StyledRun("short")],
                                    [StyledRun("padded    "), StyledRun("          ")], []])
        var grid = Grid(width: 10, height: 4)
        view.render(into: &grid, in: grid.bounds)
        #expect(grid.text == "curl -d '›\nshort\npadded\n", "spaces hidden past the edge are no text")
        #expect(grid.dump(styled: true).hasPrefix("[code]curl -d '[/][dim]›[/]"))
        view.scrollHorizontally(by: 4, viewportWidth: 10)
        view.render(into: &grid, in: grid.bounds)
        #expect(grid.text == "‹-d '{\"a\"›\n‹\n‹d\n")
        view.scrollHorizontally(by: 100, viewportWidth: 10)
        view.render(into: &grid, in: grid.bounds)
        #expect(grid.text == "‹a\": 1}'\n‹\n‹\n", "at the end nothing goes on; lines wholly left of the view still say text is there")
        var ascii = Grid(width: 10, height: 4, ascii: true)
        view.scrollHorizontally(by: -5, viewportWidth: 10)
        view.render(into: &ascii, in: ascii.bounds)
        #expect(ascii.text.hasPrefix("<d '{\"a\":>"))
    }

    @Test func searchFindsCaseInsensitiveMatchesAndSteps() {
        var view = TextView(lines: Self.lines)
        view.search("fox", viewportHeight: 2, viewportWidth: 12)
        #expect(view.matches.map(\.line) == [1, 3, 3])
        #expect(view.matches.map(\.columns) == [16..<19, 4..<7, 18..<21])
        #expect(view.currentMatch == 0)
        #expect(view.scrollX == 7)
        view.nextMatch(viewportHeight: 2, viewportWidth: 12)
        #expect(view.currentMatch == 1)
        #expect(view.scrollY == 3)
        #expect(view.scrollX == 3, "a column is left for the ‹ before the hit")
        view.nextMatch(viewportHeight: 2, viewportWidth: 12)
        view.nextMatch(viewportHeight: 2, viewportWidth: 12)
        #expect(view.currentMatch == 0)
        view.previousMatch(viewportHeight: 2, viewportWidth: 12)
        #expect(view.currentMatch == 2)
        #expect(view.scrollX == 10, "a column is left for the › after the hit")
        var grid = Grid(width: 12, height: 2)
        view.render(into: &grid, in: grid.bounds)
        #expect(grid.text.split(separator: "\n").first == "‹ 文 + \"FOX\"", "the hit shows whole beside the marker")
    }

    @Test func searchHighlightsHitsInAccent() {
        var view = TextView(lines: [[StyledRun("a fox, a FOX")]])
        view.search("fox", viewportHeight: 1)
        var grid = Grid(width: 14, height: 1)
        view.render(into: &grid, in: grid.bounds)
        #expect(grid.dump(styled: true) == "a [accent bold underline]fox[/], a [accent]FOX[/]")
        view.clearSearch()
        view.render(into: &grid, in: grid.bounds)
        #expect(grid.dump(styled: true) == "a fox, a FOX")
    }

    @Test func noMatchesAndEmptyContentAreSafe() {
        var view = TextView()
        view.search("x", viewportHeight: 0)
        view.nextMatch(viewportHeight: 0)
        view.scroll(by: 5, viewportHeight: 0)
        view.scrollHorizontally(by: 5, viewportWidth: 0)
        var grid = Grid(width: 1, height: 1)
        view.render(into: &grid, in: grid.bounds)
        #expect(view.matches.isEmpty)
        #expect(view.currentMatch == nil)
        #expect(grid.text == "")
    }

    @Test func typingOnFindsWhatAFreshSearchFinds() {
        var typed = TextView(lines: Self.lines)
        for query in ["f", "fo", "fox", "fox ", "f"] {
            typed.search(query, viewportHeight: 2)
            var fresh = TextView(lines: Self.lines)
            fresh.search(query, viewportHeight: 2)
            #expect(typed.matches == fresh.matches, "\(query)")
        }
    }

    /// A 5,000-character paste typed one key at a time into the search of a 2,000-line page: it took 35 s of CPU when
    /// each line folded the whole query again on every key.
    @Test func aLongQueryTypedKeyByKeyStaysCheap() {
        let page = (0..<2_000).map { [StyledRun("line \($0): the quick brown fox jumps over the lazy dog ZZZ")] }
        var view = TextView(lines: page)
        var query = ""
        let start = threadCPUSeconds()
        for _ in 0..<5_000 {
            query.append("Z")
            view.search(query, viewportHeight: 20)
        }
        let seconds = threadCPUSeconds() - start
        #expect(view.matches.isEmpty)
        #expect(seconds < (_isDebugAssertConfiguration() ? 10 : 2), "\(seconds) s of CPU")
    }

    @Test func setLinesKeepsScrollAndReSearches() {
        var view = TextView(lines: Self.lines)
        view.search("fox", viewportHeight: 2)
        view.scroll(by: 1, viewportHeight: 2)
        view.setLines(Self.lines + [[StyledRun("fox again")]], viewportHeight: 2, viewportWidth: 80)
        #expect(view.matches.count == 4)
        #expect(view.scrollY == 1)
    }

    /// The text wrapped anew (a resize) keeps the current hit current, by its place among the hits, and in view.
    @Test func setLinesKeepsTheCurrentHit() {
        let wide = (1...6).map { [StyledRun("line \($0) fox and fox")] }
        var view = TextView(lines: wide)
        view.search("fox", viewportHeight: 2)
        for _ in 0..<6 { view.nextMatch(viewportHeight: 2) }
        #expect(view.currentMatch == 6 && view.matches[6].line == 3)
        let narrow = (1...6).flatMap { [[StyledRun("line \($0) fox")], [StyledRun("and fox")]] }
        view.setLines(narrow, viewportHeight: 2, viewportWidth: 80)
        #expect(view.currentMatch == 6, "the seventh hit stays the current one")
        #expect(view.matches[6].line == 6 && (view.scrollY...view.scrollY + 1).contains(6), "and in view")
    }

    /// A view grown wider than its widest line (a resize, a zoom) shows the lines from their start: none stays cut on
    /// the left with nothing left to scroll.
    @Test func aViewGrownWiderThanItsLinesScrollsBackToTheirStart() {
        let lines = [[StyledRun(String(repeating: "x", count: 60) + "END")]]
        var view = TextView(lines: lines)
        view.scrollHorizontally(by: 40, viewportWidth: 30)
        #expect(view.scrollX == 33)
        view.setLines(lines, viewportHeight: 5, viewportWidth: 50)
        #expect(view.scrollX == 13, "still scrolled, as far as the widest line's end allows")
        view.setLines(lines, viewportHeight: 5, viewportWidth: 94)
        #expect(view.scrollX == 0)
    }

    /// Words a wrap parted are found across the line end, at any indent, and both parts are marked.
    @Test func aHitGoesOnAcrossAWrappedLineEnd() {
        var view = TextView(lines: [[StyledRun("the cloud and the ")], [StyledRun("   firmware that ties")], [], [StyledRun("the")],
                                    [StyledRun("firmware")]])
        view.search("THE FIRMWARE", viewportHeight: 5)
        let hits = { view.matches.map { "\($0.line): \($0.columns)" + ($0.continuation.map { " + \($0)" } ?? "") } }
        #expect(hits() == ["0: 14..<17 + 3..<11", "3: 0..<3 + 0..<8"])
        var grid = Grid(width: 24, height: 5)
        view.render(into: &grid, in: grid.bounds)
        #expect(grid.dump(styled: true) == """
        the cloud and [accent bold underline]the[/]
           [accent bold underline]firmware[/] that ties

        [accent]the[/]
        [accent]firmware[/]
        """)
        view.search("and the", viewportHeight: 5)
        #expect(hits() == ["0: 10..<17"], "a hit within one line is found once")
        view.search("ties the", viewportHeight: 5)
        #expect(view.matches.isEmpty, "a blank line ends the paragraph")
    }

    /// Typed a key at a time, a phrase a wrap parted is found as it is when pasted whole: the query ending in the space
    /// the wrap took keeps the line in the search.
    @Test func aPhraseTypedKeyByKeyIsFoundAcrossAWrap() {
        var view = TextView(lines: [[StyledRun("and must latency build")], [StyledRun("payload failover")]])
        let phrase = "build payload"
        for end in phrase.indices { view.search(String(phrase[...end]), viewportHeight: 2) }
        #expect(view.matches.map(\.line) == [0], "typed: \(view.matches)")
        view.search("", viewportHeight: 2)
        view.search(phrase, viewportHeight: 2)
        #expect(view.matches.map(\.line) == [0], "pasted")
    }

    @Test func escapeSequencesInBodyNeverReachGrid() {
        let hostile = [[StyledRun("body \u{1B}[2J\u{1B}]52;c;ZXZpbA==\u{7}text\u{9B}1;1H\u{202E}")]]
        let view = TextView(lines: hostile)
        var grid = Grid(width: 20, height: 1)
        view.render(into: &grid, in: grid.bounds)
        #expect(grid.text == "body text")
        #expect(!TestSupport.gridHasForbiddenScalar(grid))
    }
}
