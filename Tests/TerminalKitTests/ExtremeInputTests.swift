import Testing
import TerminalKit

/// Huge deltas and coordinates saturate instead of trapping.
struct ExtremeInputTests {
    @Test func hugeDeltasAndDefaultWidthNeverTrap() {
        var view = TextView(lines: [[StyledRun(String(repeating: "x", count: 50) + "needle")], [StyledRun("needle")]])
        view.scrollHorizontally(by: Int.max, viewportWidth: 10)
        view.scroll(by: Int.max, viewportHeight: 1)
        view.search("needle", viewportHeight: 1)
        view.nextMatch(viewportHeight: 1)
        view.scroll(by: Int.min, viewportHeight: 1)
        view.scrollHorizontally(by: Int.min, viewportWidth: 10)
        #expect(view.scrollX == 0 && view.scrollY == 0)
        var list = ListView(items: [ListItem(id: 1, title: "a"), ListItem(id: 2, title: "b")])
        list.moveSelection(by: Int.max, viewportHeight: Int.max)
        #expect(list.selectedID == 2)
        list.moveSelection(by: Int.min, viewportHeight: 1)
        #expect(list.selectedID == 1)
        var grid = Grid(width: 4, height: 1)
        grid.drawText("abc", in: Rect(x: Int.max - 1, y: 0, width: Int.max, height: Int.max))
        grid.drawText("abc", in: Rect(x: 0, y: 0, width: Int.max, height: 1), skipColumns: Int.max)
        #expect(grid.text == "")
    }

    @Test func extremeCoordinatesNeverTrap() {
        var grid = Grid(width: 4, height: 2)
        grid.drawText("abc", in: Rect(x: -5, y: 0, width: 8, height: 1), skipColumns: Int.max)
        grid.drawText("abc", x: Int.min, y: 0)
        grid.drawText("abc", x: Int.max, y: Int.max)
        grid.drawText("xyz", x: -1, y: 1)
        grid.fill(Rect(x: Int.min, y: Int.min, width: Int.max, height: Int.max), with: "-")
        grid.drawBox(Rect(x: Int.max - 3, y: 0, width: 10, height: 10), border: .light, title: "t")
        #expect(grid.text == "\nyz")
    }
}
