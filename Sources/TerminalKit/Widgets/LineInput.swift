/// A single-line text field with readline-style editing keys and a width-aware cursor.
public struct LineInput: Hashable, Sendable {
    /// What a key did to the field.
    public enum Outcome: Hashable, Sendable {
        /// The text changed.
        case edited
        /// Only the cursor moved.
        case moved
        /// Enter was pressed.
        case submitted
        /// Escape was pressed.
        case cancelled
        /// The key means nothing to the field.
        case ignored
    }

    /// The text as grapheme clusters.
    public private(set) var characters: [Character]
    /// Cursor position as an index into `characters` (0...count).
    public private(set) var cursor: Int
    /// Text drawn before the field, such as `/`.
    public var prompt: String
    /// What the field offers while it is empty, drawn dim (the caller reads it as the answer to an empty Enter).
    public var placeholder = ""

    /// Creates a field with the cursor at the end.
    public init(text: String = "", prompt: String = "") {
        characters = Array(Sanitizer.clean(text))
        cursor = characters.count
        self.prompt = prompt
    }

    /// The current text.
    public var text: String { String(characters) }

    /// Applies one key: Left/Right/Home/End, Ctrl-A/E/B/F and Alt-B/F (by word) move; Backspace, Delete,
    /// Ctrl-D/H/K/U/W, Alt-Backspace and Alt-D edit; printable characters insert; Enter submits and Escape cancels.
    /// Any other Alt chord is ignored, never read as Escape and a letter.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .left, .ctrl("b"): return move(to: cursor - 1)
        case .right, .ctrl("f"): return move(to: cursor + 1)
        case .home, .ctrl("a"): return move(to: 0)
        case .end, .ctrl("e"): return move(to: characters.count)
        case .backspace, .ctrl("h"): return remove(max(0, cursor - 1)..<cursor)
        case .delete, .ctrl("d"): return remove(cursor..<min(characters.count, cursor + 1))
        case .ctrl("k"): return remove(cursor..<characters.count)
        case .ctrl("u"): return remove(0..<cursor)
        case .ctrl("w"), .alt(.backspace): return remove(previousWordStart()..<cursor)
        case .alt(.char("b")): return move(to: previousWordStart())
        case .alt(.char("f")): return move(to: nextWordEnd())
        case .alt(.char("d")): return remove(cursor..<nextWordEnd())
        case .enter: return .submitted
        case .escape: return .cancelled
        case .char(let character): return insert(character)
        case .paste(let text): return insert(pasted: text.droppingTrailingLineBreaks)
        default: return .ignored
        }
    }

    /// Inserts `text` (sanitised, single line) at the cursor.
    public mutating func insert(text: String) {
        let clean = Sanitizer.clean(text)
        guard !clean.isEmpty else { return }
        let before = String(characters[..<cursor]) + clean
        let after = String(characters[cursor...])
        characters = Array(before + after)
        cursor = min(before.count, characters.count)
    }

    private mutating func insert(_ character: Character) -> Outcome {
        insert(pasted: String(character))
    }

    /// Inserts text typed or pasted; a pasted newline becomes a space rather than submitting the line (those ending a
    /// paste, which a copied line often carries, are dropped: a pasted token gains no space).
    private mutating func insert(pasted text: String) -> Outcome {
        let before = characters
        insert(text: text)
        return before == characters ? .ignored : .edited
    }

    private mutating func move(to index: Int) -> Outcome {
        let target = min(max(0, index), characters.count)
        guard target != cursor else { return .ignored }
        cursor = target
        return .moved
    }

    private mutating func remove(_ range: Range<Int>) -> Outcome {
        guard !range.isEmpty else { return .ignored }
        characters.removeSubrange(range)
        cursor = range.lowerBound
        return .edited
    }

    /// Start of the word before the cursor (skipping spaces first), as Ctrl-W deletes.
    private func previousWordStart() -> Int {
        var index = cursor
        while index > 0, characters[index - 1] == " " { index -= 1 }
        while index > 0, characters[index - 1] != " " { index -= 1 }
        return index
    }

    /// End of the word after the cursor (skipping spaces first), as Alt-F moves and Alt-D deletes.
    private func nextWordEnd() -> Int {
        var index = cursor
        while index < characters.count, characters[index] == " " { index += 1 }
        while index < characters.count, characters[index] != " " { index += 1 }
        return index
    }

    /// Columns of text hidden on the left when the field (without its prompt) is `fieldWidth`
    /// wide, so that the cursor stays visible; callers use it to line decorations up with the text.
    public func scrollColumns(fieldWidth: Int) -> Int {
        // With text after the cursor's cell, one more cell stays clear for the `…` that says so (where one is drawn).
        let margin = fieldWidth >= Self.narrowestMarkedField && cursor + 1 < characters.count ? 1 : 0
        return max(0, displayWidth(String(characters[..<cursor])) + cursorCellWidth + margin - fieldWidth)
    }

    /// The narrowest field that marks a cut edge with `…`: a narrower one cannot spare the cells.
    private static var narrowestMarkedField: Int { 8 }

    /// The columns the prompt takes on a line `lineWidth` wide: all it needs, less what the field needs to show its text
    /// (`narrowestMarkedField` cells), down to two columns; a prompt cut short ends in `…`.
    public func promptWidth(lineWidth: Int) -> Int {
        let full = displayWidth(prompt)
        return min(full, lineWidth, max(min(full, 2), lineWidth - Self.narrowestMarkedField))
    }

    private var cursorCellWidth: Int { cursor < characters.count ? max(1, clusterWidth(characters[cursor])) : 1 }

    /// Draws prompt and text into the first row of `rect`, scrolled so the cursor is visible.
    /// When `focused`, the cursor cell is drawn reversed and the terminal's cursor is put there.
    public func render(into grid: inout Grid, in rect: Rect, style: CellStyle = .normal, focused: Bool = true) {
        let line = rect.row(0)
        grid.fill(line, style: style)
        guard !line.isEmpty else { return }
        let promptWidth = promptWidth(lineWidth: line.width)
        let field = Rect(x: line.x + promptWidth, y: line.y, width: line.width - promptWidth, height: 1)
        let skip = scrollColumns(fieldWidth: field.width)
        // A cut prompt ends in `…`, unless the field's own mark for text scrolled off follows it.
        let fieldMarksStart = skip > 0 && field.width >= Self.narrowestMarkedField
        grid.drawText(TextLayout.truncate(prompt, toWidth: promptWidth, ellipsis: fieldMarksStart ? "" : "…"), in: line, style: CellStyle(.title))
        guard !field.isEmpty else { return }
        let cursorColumn = displayWidth(String(characters[..<cursor]))
        let cursorWidth = cursorCellWidth
        grid.drawText(text, in: field, style: style, skipColumns: skip)
        if characters.isEmpty && !placeholder.isEmpty {
            grid.drawText(TextLayout.truncate(placeholder, toWidth: field.width, ellipsis: "…"), in: field, style: CellStyle(.dim))
        }
        // A text scrolled past an edge says so there, as a cut line does, unless the cursor is on that cell (or the field is
        // too narrow to spare the cell).
        if field.width >= Self.narrowestMarkedField {
            let textWidth = max(displayWidth(text), cursorColumn + cursorWidth)
            let edges = [(skip > 0, field.x), (textWidth - skip > field.width, field.maxX - 1)]
            for (cut, x) in edges where cut && x != field.x + cursorColumn - skip {
                grid.drawText("…", in: Rect(x: x, y: field.y, width: 1, height: 1), style: CellStyle(.dim))
            }
        }
        if focused {
            let cursorCell = Rect(x: field.x + cursorColumn - skip, y: field.y, width: cursorWidth, height: 1)
            grid.restyle(cursorCell.intersection(field)) { $0 = $0.adding(.reverse) }
            if field.contains(x: cursorCell.x, y: cursorCell.y) { grid.cursor = (cursorCell.x, cursorCell.y) }
        }
    }
}

private extension String {
    /// The text without the line breaks it ends with.
    var droppingTrailingLineBreaks: String {
        let scalars = unicodeScalars
        guard let last = scalars.lastIndex(where: { $0 != "\n" && $0 != "\r" }) else { return "" }
        return String(scalars[...last])
    }
}
