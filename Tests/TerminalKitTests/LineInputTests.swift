import Testing
import TerminalKit

struct LineInputTests {
    static func type(_ keys: [Key], into input: inout LineInput) -> [LineInput.Outcome] {
        keys.map { input.handle($0) }
    }

    @Test func aFocusedFieldPutsTheTerminalCursorAtItsInsertionPoint() {
        var input = LineInput(text: "日本x", prompt: "> ")
        _ = input.handle(.left)
        var grid = Grid(width: 20, height: 3)
        input.render(into: &grid, in: Rect(x: 2, y: 1, width: 10, height: 1), focused: false)
        #expect(grid.cursor == nil, "an unfocused field leaves the cursor hidden")
        input.render(into: &grid, in: Rect(x: 2, y: 1, width: 10, height: 1))
        #expect(grid.cursor.map { [$0.x, $0.y] } == [8, 1], "after the prompt and two wide characters")
        grid.fill(Rect(x: 0, y: 0, width: 20, height: 2))
        #expect(grid.cursor == nil, "an overlay drawn over it hides it")
    }

    @Test func insertsAndMovesByCluster() {
        var input = LineInput()
        _ = Self.type("héllo".map { .char($0) }, into: &input)
        #expect(input.text == "héllo")
        #expect(input.cursor == 5)
        #expect(input.handle(.home) == .moved)
        #expect(input.handle(.home) == .ignored)
        #expect(input.handle(.char("¡")) == .edited)
        #expect(input.text == "¡héllo")
        #expect(input.handle(.ctrl("e")) == .moved)
        #expect(input.handle(.left) == .moved)
        #expect(input.handle(.backspace) == .edited)
        #expect(input.text == "¡hélo")
        #expect(input.handle(.delete) == .edited)
        #expect(input.text == "¡hél")
        #expect(input.handle(.delete) == .ignored)
    }

    @Test func killAndWordDeletion() {
        var input = LineInput(text: "space key  label")
        #expect(input.handle(.ctrl("w")) == .edited)
        #expect(input.text == "space key  ")
        #expect(input.handle(.ctrl("w")) == .edited)
        #expect(input.text == "space ")
        _ = input.handle(.ctrl("a"))
        _ = input.handle(.right)
        #expect(input.handle(.ctrl("k")) == .edited)
        #expect(input.text == "s")
        _ = Self.type([.char("x"), .char("y"), .left], into: &input)
        #expect(input.handle(.ctrl("u")) == .edited)
        #expect(input.text == "y")
        #expect(input.cursor == 0)
    }

    /// Alt chords edit by word as readline's do; any other is ignored, so it never cancels the field as Escape would.
    @Test func altChordsMoveAndDeleteByWord() {
        var input = LineInput(text: "space = ENG and")
        #expect(input.handle(.alt(.backspace)) == .edited)
        #expect(input.text == "space = ENG ")
        #expect(input.handle(.alt(.char("b"))) == .moved)
        #expect(input.cursor == 8)
        #expect(input.handle(.alt(.char("b"))) == .moved)
        #expect(input.cursor == 6)
        #expect(input.handle(.alt(.char("f"))) == .moved)
        #expect(input.cursor == 7)
        #expect(input.handle(.alt(.char("d"))) == .edited)
        #expect(input.text == "space = ")
        #expect(input.handle(.alt(.char("q"))) == .ignored)
        #expect(input.handle(.alt(.enter)) == .ignored)
        #expect(input.text == "space = ")
    }

    @Test func enterEscapeAndControlCharacters() {
        var input = LineInput(text: "q")
        #expect(input.handle(.enter) == .submitted)
        #expect(input.handle(.escape) == .cancelled)
        #expect(input.handle(.char("\u{1B}")) == .ignored)
        #expect(input.handle(.function(3)) == .ignored)
        input.insert(text: "a\u{1B}[31mb\nc")
        #expect(input.text == "qab c")
    }

    @Test func aPasteIsTextItsNewlinesNeverSubmit() {
        var input = LineInput(text: "type = page")
        #expect(input.handle(.paste("\nAND space = ENG\r\n\tq")) == .edited)
        #expect(input.text == "type = page AND space = ENG  q")
        #expect(input.handle(.paste("\u{1B}[2J")) == .ignored, "escape sequences are dropped, nothing left to insert")
        var secret = LineInput()
        #expect(secret.handle(.paste("s3cr3t-token\r\n")) == .edited)
        #expect(secret.text == "s3cr3t-token", "a copied line's own line break adds no space")
    }

    @Test func combiningMarkJoinsPreviousCluster() {
        var input = LineInput(text: "e")
        #expect(input.handle(.char("\u{301}")) == .edited)
        #expect(input.characters.count == 1)
        #expect(input.cursor == 1)
        #expect(input.text == "e\u{301}")
    }

    @Test func renderShowsReversedCursorAndScrollsWideText() {
        let input = LineInput(text: "日本語テキスト", prompt: "/")
        var grid = Grid(width: 8, height: 1)
        input.render(into: &grid, in: grid.bounds)
        #expect(grid.text == "/キスト")
        #expect(grid.dump(styled: true) == "[title]/[/]キスト[reverse] [/]")
        var home = input
        _ = home.handle(.home)
        home.render(into: &grid, in: grid.bounds)
        #expect(grid.dump(styled: true) == "[title]/[/][reverse]日[/]本語")
        home.render(into: &grid, in: Rect(x: 0, y: 0, width: 1, height: 1))
        home.render(into: &grid, in: .zero)
    }

    @Test func aTextScrolledPastAnEdgeShowsAnEllipsisThere() {
        var input = LineInput(text: "space = ENG and type = page", prompt: "cql> ")
        var grid = Grid(width: 20, height: 1)
        input.render(into: &grid, in: grid.bounds)
        #expect(grid.text == "cql> …d type = page", "the start scrolled off to the left")
        _ = input.handle(.home)
        input.render(into: &grid, in: grid.bounds)
        #expect(grid.text == "cql> space = ENG an…", "the end runs off to the right")
        for _ in 0..<6 { _ = input.handle(.right) }
        input.render(into: &grid, in: grid.bounds)
        #expect(grid.text == "cql> space = ENG an…", "the cursor inside moves nothing")
        var narrow = Grid(width: 11, height: 1)
        input.render(into: &narrow, in: narrow.bounds)
        #expect(narrow.text == "cq…space =…", "the prompt gives way to a field of eight columns, which has cells for them")
        var narrowest = Grid(width: 6, height: 1)
        input.render(into: &narrowest, in: narrowest.bounds)
        #expect(narrowest.text == "c…ce =", "a field of four columns spares no cell for them; the prompt keeps two")
        var name = Grid(width: 12, height: 1)
        LineInput(text: "my-def-name", prompt: "Save as: ").render(into: &name, in: name.bounds)
        #expect(name.text == "Save…f-name", "the field's mark ends the cut prompt")
        // Scrolled to a cursor in the middle, the cursor stops a cell short of the right edge, which says the text goes on.
        for _ in 0..<10 { _ = input.handle(.right) }
        input.render(into: &grid, in: grid.bounds)
        #expect(grid.text == "cql> …e = ENG and t…", "\(grid.text)")
    }

    @Test func scrollColumnsMatchWhatRenderHides() {
        var field = LineInput(text: "abcdef設計", prompt: "> ")
        #expect(field.scrollColumns(fieldWidth: 20) == 0)
        #expect(field.scrollColumns(fieldWidth: 6) == 5, "10 columns of text plus the cursor cell in 6 columns")
        var grid = Grid(width: 8, height: 1)
        field.render(into: &grid, in: grid.bounds)
        #expect(grid.text == "> f設計")
        _ = field.handle(.home)
        #expect(field.scrollColumns(fieldWidth: 6) == 0)
    }
}
