import Testing
import TerminalKit

struct StatusLineTests {
    static let hints = [StatusLine.Hint(key: "j/k", label: "move"), StatusLine.Hint(key: "/", label: "filter"),
                        StatusLine.Hint(key: "?", label: "help")]

    @Test func hintsLeftStateRight() {
        let status = StatusLine(hints: Self.hints, state: "loading 2", stateRole: .warning)
        var grid = Grid(width: 40, height: 1)
        status.render(into: &grid, in: grid.bounds, theme: Theme())
        #expect(grid.text == "j/k move  / filter  ? help     loading 2")
        #expect(grid.dump(styled: true) == "[title]j/k[/][dim] move[/]  [title]/[/][dim] filter[/]  [title]?[/][dim] help[/]     [warning]loading 2[/]")
    }

    @Test func narrowLineDropsWholeHintsAndKeepsState() {
        let status = StatusLine(hints: Self.hints, state: "retry in 3 s", stateRole: .error)
        var grid = Grid(width: 30, height: 1)
        status.render(into: &grid, in: grid.bounds, theme: Theme())
        #expect(grid.text == "j/k move          retry in 3 s")
        var tiny = Grid(width: 8, height: 1)
        status.render(into: &tiny, in: tiny.bounds, theme: Theme())
        #expect(tiny.text == "retry i…")
    }
}
