/// A modal dialog: a centred box with a title, wrapped body text and a row of buttons.
public struct Dialog: Hashable, Sendable {
    /// What a key did to the dialog.
    public enum Outcome: Hashable, Sendable {
        /// A button was chosen (index into `buttons`).
        case chose(Int)
        /// Escape closed the dialog.
        case cancelled
        /// The focused button changed.
        case moved
        /// The key means nothing to the dialog.
        case ignored
    }

    /// Title in the top border (sanitised on creation).
    public let title: String
    /// Body text; lines are word-wrapped to the box (sanitised on creation).
    public let body: [String]
    /// Button labels (sanitised on creation); at least one.
    public let buttons: [String]
    /// Index of the focused button.
    public private(set) var selectedButton: Int
    /// Whether `y` chooses the first button and `n` cancels, as a confirmation's keys do.
    public let answersYesNo: Bool

    /// Creates a dialog; an empty `buttons` list becomes a single "OK".
    public init(title: String, body: [String], buttons: [String] = ["OK"], selectedButton: Int = 0) {
        self.init(title: title, body: body, buttons: buttons, selectedButton: selectedButton, answersYesNo: false)
    }

    /// A confirmation of `action` (a verb, such as "Delete"): `[ action ]  [ Cancel ]` with Cancel focused, `y` choosing the
    /// action and `n` cancelling, both named in the bottom border.
    public static func confirmation(title: String, body: [String], action: String) -> Dialog {
        Dialog(title: title, body: body, buttons: [action, "Cancel"], selectedButton: 1, answersYesNo: true)
    }

    private init(title: String, body: [String], buttons: [String], selectedButton: Int, answersYesNo: Bool) {
        self.answersYesNo = answersYesNo
        self.title = Sanitizer.clean(title)
        self.body = body.map { Sanitizer.clean($0, mode: .multiLine) }
        let cleanButtons = buttons.map { Sanitizer.clean($0) }
        self.buttons = cleanButtons.isEmpty ? ["OK"] : cleanButtons
        self.selectedButton = min(max(0, selectedButton), self.buttons.count - 1)
    }

    /// Left/Right/Tab/Shift-Tab/h/l move between buttons, Enter chooses, Escape cancels. In a confirmation only `y`
    /// chooses the action and `n` cancels (a letter that happens to start the action, such as the `d` that also closes
    /// a list, must not destroy anything); elsewhere a button's first letter chooses it.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .left, .backTab, .char("h"): return focus(selectedButton - 1)
        case .right, .tab, .char("l"): return focus(selectedButton + 1)
        case .enter: return .chose(selectedButton)
        case .escape: return .cancelled
        case .char(let c):
            let letter = c.lowercased()
            if answersYesNo { return letter == "y" ? .chose(0) : letter == "n" ? .cancelled : .ignored }
            if let index = buttons.firstIndex(where: { $0.first.map { $0.lowercased() } == letter }) { return .chose(index) }
            return .ignored
        default: return .ignored
        }
    }

    private mutating func focus(_ index: Int) -> Outcome {
        let wrapped = ((index % buttons.count) + buttons.count) % buttons.count
        guard wrapped != selectedButton else { return .ignored }
        selectedButton = wrapped
        return .moved
    }

    private var buttonLabels: [String] { buttons.map { "[ " + $0 + " ]" } }

    /// A confirmation's keys, for its bottom border.
    private var keys: String? { answersYesNo ? "y " + buttons[0].lowercased() + " · n cancel" : nil }

    /// The box the dialog occupies inside `screen`: wide enough for its content, at most the screen.
    public func frame(in screen: Rect) -> Rect {
        let buttonsWidth = buttonLabels.reduce(0) { $0 + displayWidth($1) } + 2 * (buttons.count - 1)
        let bodyWidth = body.flatMap { $0.split(separator: "\n") }.reduce(0) { max($0, displayWidth(String($1))) }
        // Prose wraps at 60 columns; a longer unbroken word (a URL, a token) widens the box so it stays whole.
        let longestWord = body.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\n" }) }.reduce(0) { max($0, displayWidth(String($1))) }
        let wanted = max(displayWidth(title) + 6, buttonsWidth + 4, max(min(bodyWidth, 60), longestWord) + 4, displayWidth(keys ?? "") + 6, 20)
        let width = min(wanted, screen.width)
        let bodyLines = wrappedBody(width: width - 4).count
        return screen.centered(width: width, height: bodyLines + 4)
    }

    private func wrappedBody(width: Int) -> [String] {
        body.flatMap { TextLayout.wrap($0, width: width) }
    }

    /// Clears the dialog's box inside `screen` and draws it.
    public func render(into grid: inout Grid, in screen: Rect, theme: Theme) {
        let box = frame(in: screen)
        guard !box.isEmpty else { return }
        grid.fill(box)
        // Too short for a border around a body and buttons: the body's lines, then the keys or buttons, unframed.
        guard box.height >= 5 else { return renderUnframed(into: &grid, in: box, theme: theme) }
        grid.drawBox(box, border: theme.border, style: CellStyle(.focusedBorder), title: title, footer: keys)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard !inner.isEmpty else { return }
        let wrapped = wrappedBody(width: inner.width)
        // A blank row parts the body from the buttons, unless the body needs it.
        let bodyRoom = max(0, inner.height - (wrapped.count > inner.height - 2 ? 1 : 2))
        let lines = TextLayout.fitting(wrapped, rows: bodyRoom, width: inner.width, ellipsis: theme.glyphs.ellipsis)
        for (row, line) in lines.enumerated() {
            grid.drawText(line, in: inner.row(row))
        }
        renderButtons(into: &grid, row: inner.row(inner.height - 1))
    }

    /// Draws the dialog in `box`, fewer than five rows, with no border: as much of the body as fits (cut with an
    /// ellipsis) above its last row, which names the keys of a confirmation or shows the buttons.
    private func renderUnframed(into grid: inout Grid, in box: Rect, theme: Theme) {
        let inner = box.inset(top: 0, left: 1, bottom: 0, right: 1)
        guard !inner.isEmpty else { return }
        let last = inner.row(inner.height - 1)
        if let keys {
            grid.drawText(TextLayout.truncate(keys, toWidth: last.width, ellipsis: theme.glyphs.ellipsis), in: last,
                          style: CellStyle(.focusedBorder))
        } else {
            renderButtons(into: &grid, row: last)
        }
        let lines = TextLayout.fitting(wrappedBody(width: inner.width), rows: inner.height - 1, width: inner.width,
                                       ellipsis: theme.glyphs.ellipsis)
        for (row, line) in lines.enumerated() {
            grid.drawText(line, in: inner.row(row))
        }
    }

    private func renderButtons(into grid: inout Grid, row: Rect) {
        let labels = buttonLabels
        let total = labels.reduce(0) { $0 + displayWidth($1) } + 2 * (labels.count - 1)
        var x = row.x + max(0, (row.width - total) / 2)
        for (index, label) in labels.enumerated() {
            let style = index == selectedButton ? CellStyle(.selected, attributes: .bold) : CellStyle.normal
            x += grid.drawText(label, in: Rect(x: x, y: row.y, width: row.maxX - x, height: 1), style: style) + 2
        }
    }
}
