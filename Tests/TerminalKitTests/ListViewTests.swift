import Testing
import TerminalKit

struct ListViewTests {
    static let spaces: [ListItem<String>] = [
        ListItem(id: "ENG", title: "Engineering", detail: "ENG"),
        ListItem(id: "MKT", title: "Marketing"),
        ListItem(id: "DES", title: "Design 设计"),
        ListItem(id: "OPS", title: "Ops"),
    ]

    @Test func rendersTitlesAndRightAlignedDetail() {
        let list = ListView(items: Self.spaces)
        var grid = Grid(width: 20, height: 5)
        list.render(into: &grid, in: grid.bounds, focused: true, theme: Theme())
        #expect(grid.text == """
        Engineering      ENG
        Marketing
        Design 设计
        Ops

        """)
        #expect(grid.dump(styled: true).hasPrefix("[selected]Engineering      [/][dim on selected]ENG[/]\nMarketing"))
    }

    /// A detail too long for its room is cut before the end its item keeps (a status), which stays whole.
    @Test func aCutDetailKeepsTheEndItsItemKeeps() {
        let item = ListItem(id: 1, title: "refs", detail: "CQL space = \"ENG\" AND label = \"reference\" ORDER BY title",
                            keepingDetailEnd: " · 5 pages")
        #expect(item.detail?.hasSuffix("title · 5 pages") == true)
        var grid = Grid(width: 40, height: 1)
        ListView(items: [item]).render(into: &grid, in: grid.bounds, focused: false, theme: Theme())
        #expect(grid.text == "refs  CQL space = \"ENG\" AND l… · 5 pages")
        var narrow = Grid(width: 16, height: 1)
        ListView(items: [item]).render(into: &narrow, in: narrow.bounds, focused: false, theme: Theme())
        #expect(narrow.text == "refs  CQL space…", "too narrow for the end and some text: cut as any detail")
    }

    @Test func filterIsCaseInsensitiveAndReportsMatches() {
        var list = ListView(items: Self.spaces)
        list.setFilter("IGN")
        #expect(list.matchCount == 1)
        #expect(list.selectedID == "DES")
        list.setFilter("e")
        #expect(list.matchCount == 3)
        list.setFilter("en")
        #expect(list.matchCount == 1)
        #expect(list.selectedID == "ENG")
        list.setFilter("设")
        #expect(list.selectedID == "DES")
        list.setFilter("zzz")
        #expect(list.matchCount == 0)
        #expect(list.selectedItem == nil)
        list.setFilter("")
        #expect(list.matchCount == 4)
    }

    @Test func selectionSurvivesFilteringByIdentity() {
        var list = ListView(items: Self.spaces)
        list.select(id: "DES", viewportHeight: 3)
        list.setFilter("s")
        #expect(list.selectedID == "DES")
        list.setFilter("")
        #expect(list.selectedID == "DES")
        list.setItems(Array(Self.spaces.reversed()))
        #expect(list.selectedID == "DES")
        #expect(list.selection == 1)
    }

    /// Paths start in one column after the widest title, which gives way to leave them two fifths of the row.
    @Test func pathDetailsStartInOneColumn() {
        var list = ListView(items: [
            ListItem(id: 1, title: "Home", detail: "ENG"),
            ListItem(id: 2, title: "Fleet control", detail: "ENG › Home"),
            ListItem(id: 3, title: "API 設計", detail: "ENG › Home › Fleet control"),
        ])
        list.pathSeparator = " › "
        var grid = Grid(width: 40, height: 3)
        list.render(into: &grid, in: grid.bounds, focused: false, theme: Theme())
        #expect(grid.text == """
        Home           ENG
        Fleet control  ENG › Home
        API 設計       ENG › … › Fleet control
        """)
        var narrow = Grid(width: 20, height: 3)
        list.render(into: &narrow, in: narrow.bounds, focused: false, theme: Theme())
        #expect(narrow.text == """
        Home         ENG
        Fleet contr… …› Home
        API 設計     …ontrol
        """)
    }

    @Test func filterHighlightsMatchAndShowsEmptyState() {
        var list = ListView(items: Self.spaces)
        list.setFilter("ket")
        var grid = Grid(width: 12, height: 2)
        list.render(into: &grid, in: grid.bounds, focused: true, theme: Theme())
        #expect(grid.dump(styled: true) == "[selected]Mar[/][accent]ket[/][selected]ing   [/]\n")
        list.setFilter("nothing")
        list.render(into: &grid, in: grid.bounds, focused: true, theme: Theme())
        #expect(grid.text == "no match fo…\n")
    }

    @Test func scrollingKeepsSelectionVisible() {
        let items = (0..<10).map { ListItem(id: $0, title: "item \($0)") }
        var list = ListView(items: items)
        list.moveSelection(by: 5, viewportHeight: 3)
        #expect(list.selection == 5)
        #expect(list.scrollOffset == 3)
        var grid = Grid(width: 8, height: 3)
        list.render(into: &grid, in: grid.bounds, focused: false, theme: Theme())
        #expect(grid.text == "item 3\nitem 4\nitem 5")
        #expect(grid.dump(styled: true).hasSuffix("[selected dim]item 5  [/]"))
        list.moveSelection(by: -100, viewportHeight: 3)
        #expect(list.selection == 0)
        #expect(list.scrollOffset == 0)
        list.selectLast(viewportHeight: 3)
        #expect(list.selectedID == 9)
        #expect(list.scrollOffset == 7)
        let result1 = list.selectRow(atViewportOffset: 1, viewportHeight: 3)
        #expect(result1)
        #expect(list.selectedID == 8)
        let result2 = list.selectRow(atViewportOffset: 5, viewportHeight: 3)
        #expect(!result2)
    }

    @Test func resizeRenderKeepsSelectionVisibleWithoutMutation() {
        let items = (0..<10).map { ListItem(id: $0, title: "item \($0)") }
        var list = ListView(items: items)
        list.selectLast(viewportHeight: 8)
        var grid = Grid(width: 8, height: 2)
        list.render(into: &grid, in: grid.bounds, focused: true, theme: Theme())
        #expect(grid.text == "item 8\nitem 9")
    }

    @Test func emptyListAndTinyRectsNeverCrash() {
        var list = ListView<Int>()
        list.moveSelection(by: 1, viewportHeight: 0)
        list.setFilter("x")
        var grid = Grid(width: 1, height: 1)
        list.render(into: &grid, in: grid.bounds, focused: true, theme: Theme())
        list.render(into: &grid, in: .zero, focused: true, theme: Theme())
        let full = ListView(items: Self.spaces)
        full.render(into: &grid, in: grid.bounds, focused: true, theme: Theme())
        #expect(grid.text == "…")
    }

    @Test func titlesAreSanitised() {
        let item = ListItem(id: 1, title: "\u{1B}]0;x\u{7}Sp\u{1B}[31mace", detail: "\u{9B}2J!")
        #expect(item.title == "Space")
        #expect(item.detail == "!")
    }
}
