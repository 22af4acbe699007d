import Testing
import TerminalKit

/// Random strings built from escape-sequence pieces go through every drawing path; no C0, DEL,
/// C1 or bidi control may ever land in a cell.
struct SanitisingFuzzTests {
    static let pieces = ["\u{1B}", "[", "]", "P", "\\", "\u{7}", "\u{9B}", "\u{9C}", "\u{9D}", "\u{90}", "\u{8}", "m", "0", ";",
                         "a", "\u{0}", "\u{7F}", "\u{85}", "\u{202E}", "\u{2067}", "中", "😀", "\n", "\r", "\t", "_", "X", "e\u{301}"]

    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % bound
        }
        mutating func string() -> String {
            (0..<(4 + next(24))).map { _ in pieces[next(pieces.count)] }.joined()
        }
    }

    @Test func noControlEverReachesTheGrid() {
        var random = Generator(state: 42)
        let theme = Theme()
        for _ in 0..<300 {
            var grid = Grid(width: 30, height: 12)
            let text = random.string()
            grid.drawBox(grid.bounds, border: .rounded, title: text)
            grid.drawText(text, in: Rect(x: 1, y: 1, width: 28, height: 1), skipColumns: random.next(3))
            grid.drawRuns([StyledRun(text), StyledRun(random.string(), style: CellStyle(.link))], in: Rect(x: 1, y: 2, width: 28, height: 1))
            grid.fill(Rect(x: 1, y: 3, width: 3, height: 1), with: Character(Self.pieces[random.next(Self.pieces.count)]))
            var list = ListView(items: [ListItem(id: 0, title: text, detail: random.string())])
            list.setFilter(random.string())
            list.render(into: &grid, in: Rect(x: 1, y: 4, width: 28, height: 1), focused: true, theme: theme)
            var tree = TreeModel<Int>()
            tree.setRoots([TreeNode(id: 0, title: text, icon: random.string())])
            tree.expand(0)
            tree.setFailed(0, message: random.string())
            tree.render(into: &grid, in: Rect(x: 1, y: 5, width: 28, height: 2), focused: true, theme: theme, spinnerFrame: 0)
            var view = TextView(lines: [[StyledRun(text)], [StyledRun(random.string())]])
            view.search(random.string(), viewportHeight: 2)
            view.render(into: &grid, in: Rect(x: 1, y: 7, width: 28, height: 2))
            var input = LineInput(text: text, prompt: random.string())
            input.insert(text: random.string())
            input.render(into: &grid, in: Rect(x: 1, y: 9, width: 28, height: 1))
            StatusLine(hints: [.init(key: random.string(), label: text)], state: random.string())
                .render(into: &grid, in: Rect(x: 0, y: 11, width: 30, height: 1), theme: theme)
            Dialog(title: text, body: [random.string()], buttons: [random.string()])
                .render(into: &grid, in: grid.bounds, theme: theme)
            #expect(!TestSupport.gridHasForbiddenScalar(grid), "control reached the grid from \(text.debugDescription)")
        }
    }
}
