import Testing
import TerminalKit

struct DialogTests {
    @Test func rendersCentredBoxWithWrappedBodyAndButtons() {
        let dialog = Dialog(title: "Error", body: ["The server answered 429 too many requests."], buttons: ["Retry", "Close"])
        var grid = Grid(width: 30, height: 10)
        dialog.render(into: &grid, in: grid.bounds, theme: Theme())
        #expect(grid.text == """


        ┌ Error ─────────────────────┐
        │ The server answered 429    │
        │ too many requests.         │
        │                            │
        │    [ Retry ]  [ Close ]    │
        └────────────────────────────┘


        """)
    }

    @Test func keysMoveChooseAndCancel() {
        var dialog = Dialog(title: "Quit?", body: ["Really quit?"], buttons: ["Yes", "No"], selectedButton: 1)
        #expect(dialog.handle(.enter) == .chose(1))
        #expect(dialog.handle(.left) == .moved)
        #expect(dialog.selectedButton == 0)
        #expect(dialog.handle(.backTab) == .moved)
        #expect(dialog.selectedButton == 1)
        #expect(dialog.handle(.tab) == .moved)
        #expect(dialog.handle(.char("n")) == .chose(1))
        #expect(dialog.handle(.char("Y")) == .chose(0))
        #expect(dialog.handle(.char("z")) == .ignored)
        #expect(dialog.handle(.escape) == .cancelled)
        var single = Dialog(title: "t", body: [], buttons: [])
        #expect(single.buttons == ["OK"])
        #expect(single.handle(.tab) == .ignored)
    }

    @Test func aConfirmationAnswersYesAndNoAndSaysSoInItsBorder() {
        var dialog = Dialog.confirmation(title: "Delete definition", body: ["Delete eng?"], action: "Delete")
        #expect(dialog.buttons == ["Delete", "Cancel"] && dialog.selectedButton == 1)
        #expect(dialog.handle(.char("y")) == .chose(0))
        #expect(dialog.handle(.char("n")) == .cancelled)
        #expect(dialog.handle(.char("d")) == .ignored, "a confirmation takes only y: the d that closes a list must not delete")
        #expect(dialog.handle(.char("c")) == .ignored)
        var nuke = Dialog.confirmation(title: "t", body: [], action: "Nuke")
        #expect(nuke.handle(.char("n")) == .cancelled, "n cancels even when the action starts with n")
        #expect(Dialog.confirmation(title: "t", body: ["x"], action: "Delete").frame(in: Rect(x: 0, y: 0, width: 80, height: 24)).width
            >= displayWidth("y delete · n cancel") + 6, "the box is wide enough for its keys")
        var plain = Dialog(title: "Quit?", body: [], buttons: ["Go", "Stay"])
        #expect(plain.handle(.char("y")) == .ignored, "only a confirmation reads y and n")
        var grid = Grid(width: 60, height: 9)
        dialog.render(into: &grid, in: grid.bounds, theme: Theme())
        #expect(grid.text.contains("y delete · n cancel"))
    }

    @Test func aLongURLWidensTheBoxToStayOnOneLineWhileTheScreenAllows() {
        let url = "http://127.0.0.1:34649/wiki/pages/viewpage.action?pageId=65663"
        let dialog = Dialog(title: "Page URL", body: [url], buttons: ["Close"])
        var grid = Grid(width: 80, height: 10)
        dialog.render(into: &grid, in: grid.bounds, theme: Theme(border: .ascii))
        #expect(grid.text.split(separator: "\n").contains { $0.contains(url) })
        var narrow = Grid(width: 40, height: 10)
        dialog.render(into: &narrow, in: narrow.bounds, theme: Theme(border: .ascii))
        #expect(narrow.text.contains("http://") && narrow.text.split(separator: "\n").allSatisfy { $0.count <= 40 })
    }

    /// A body cut short takes the blank row that parts it from the buttons.
    @Test func longBodyIsClippedToScreenAndTinyScreensAreSafe() {
        let body = (1...30).map { "line \($0)" }
        let dialog = Dialog(title: "Help \u{1B}[5m", body: body)
        var grid = Grid(width: 24, height: 7)
        dialog.render(into: &grid, in: grid.bounds, theme: Theme(border: .ascii))
        #expect(grid.text == """
          + Help ------------+
          | line 1           |
          | line 2           |
          | line 3           |
          | line 4 ~         |
          |      [ OK ]      |
          +------------------+
        """)
        #expect(!TestSupport.gridHasForbiddenScalar(grid))
        for size in 0...4 {
            var tiny = Grid(width: size, height: size)
            dialog.render(into: &tiny, in: tiny.bounds, theme: Theme())
        }
    }

    /// Fewer than five rows hold no border around a body and buttons: the body shows unframed, the keys below it.
    @Test func aShortScreenShowsTheBodyUnframed() {
        let confirm = Dialog.confirmation(title: "Delete definition", body: ["Delete eng? Its file goes too."], action: "Delete")
        var three = Grid(width: 30, height: 3)
        confirm.render(into: &three, in: three.bounds, theme: Theme(border: .ascii))
        let rows = three.text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(rows == ["Delete eng? Its file goes", "too.", "y delete · n cancel"], "\(three.text)")
        var two = Grid(width: 30, height: 2)
        Dialog(title: "Note", body: ["A long message that cannot fit"], buttons: ["OK"]).render(into: &two, in: two.bounds, theme: Theme())
        #expect(two.text.hasPrefix(" A long message that cannot …") && two.text.contains("[ OK ]"), "\(two.text)")
    }
}
