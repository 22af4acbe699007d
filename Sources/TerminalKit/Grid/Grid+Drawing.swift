/// Drawing primitives. Every string passes through `Sanitizer` before it reaches a cell.
extension Grid {
    /// Fills `rect` (clipped to the grid) with `character` in `style`.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: CellStyle = .normal) {
        if let cursor, rect.contains(x: cursor.x, y: cursor.y) { self.cursor = nil }
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let clean = Sanitizer.clean(String(character))
        let glyph = clean.first ?? " "
        let glyphWidth = clusterWidth(glyph)
        let usable = glyphWidth == 0 ? " " : glyph
        let step = max(1, glyphWidth)
        for y in area.y..<area.maxY {
            var x = area.x
            while x < area.maxX {
                x += max(1, place(String(usable), width: step, x: x, y: y, style: style, limit: area.maxX))
            }
        }
    }

    /// Draws one line of `text` on the first row of `rect`, clipped by display width.
    ///
    /// The text is sanitised (single-line). `skipColumns` hides that many leading columns
    /// (horizontal scrolling). A wide cluster cut by either edge is drawn as a space.
    /// Returns the number of columns drawn.
    @discardableResult
    public mutating func drawText(_ text: String, in rect: Rect, style: CellStyle = .normal, skipColumns: Int = 0) -> Int {
        drawRuns([StyledRun(text, style: style)], in: rect, skipColumns: skipColumns)
    }

    /// Draws `text` at (`x`, `y`) up to `maxWidth` columns (default: to the right edge).
    @discardableResult
    public mutating func drawText(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: CellStyle = .normal) -> Int {
        drawText(text, in: Rect(x: x, y: y, width: maxWidth ?? Viewport.add(width, x == Int.min ? Int.max : -x), height: 1), style: style)
    }

    /// Draws styled runs as one line on the first row of `rect`, with the same clipping rules as `drawText`.
    @discardableResult
    public mutating func drawRuns(_ runs: [StyledRun], in rect: Rect, skipColumns: Int = 0) -> Int {
        let area = rect.intersection(bounds)
        guard !area.isEmpty, rect.y == area.y else { return 0 }
        let y = area.y
        var column = Viewport.add(rect.x, -max(0, skipColumns))
        var drawnEnd = area.x
        for run in runs {
            for character in Sanitizer.clean(run.text) {
                let w = clusterWidth(character)
                guard w > 0 else { continue }
                let start = column
                column += w
                if column <= area.x { continue }
                if start >= area.maxX { return drawnEnd - area.x }
                if start < area.x {
                    for blankX in area.x..<min(column, area.maxX) {
                        place(" ", width: 1, x: blankX, y: y, style: run.style)
                    }
                } else {
                    place(String(character), width: w, x: start, y: y, style: run.style, limit: area.maxX)
                }
                drawnEnd = min(column, area.maxX)
            }
        }
        return drawnEnd - area.x
    }

    /// Draws a border around `rect` with an optional title in the top edge and a footer (a position, say) at the
    /// right of the bottom edge, which gives way when the box is too narrow for it.
    public mutating func drawBox(_ rect: Rect, border: BorderStyle, style: CellStyle = CellStyle(.border),
                                 title: String? = nil, titleStyle: CellStyle = CellStyle(.title), footer: String? = nil) {
        guard !rect.isEmpty else { return }
        let glyphs = border.glyphs
        if rect.width == 1 || rect.height == 1 {
            let line = rect.height == 1 ? glyphs.horizontal : glyphs.vertical
            fill(rect, with: line, style: style)
            return
        }
        let top = rect.y, bottom = rect.maxY - 1, left = rect.x, right = rect.maxX - 1
        fill(Rect(x: left + 1, y: top, width: rect.width - 2, height: 1), with: glyphs.horizontal, style: style)
        fill(Rect(x: left + 1, y: bottom, width: rect.width - 2, height: 1), with: glyphs.horizontal, style: style)
        fill(Rect(x: left, y: top + 1, width: 1, height: rect.height - 2), with: glyphs.vertical, style: style)
        fill(Rect(x: right, y: top + 1, width: 1, height: rect.height - 2), with: glyphs.vertical, style: style)
        fill(Rect(x: left, y: top, width: 1, height: 1), with: glyphs.topLeft, style: style)
        fill(Rect(x: right, y: top, width: 1, height: 1), with: glyphs.topRight, style: style)
        fill(Rect(x: left, y: bottom, width: 1, height: 1), with: glyphs.bottomLeft, style: style)
        fill(Rect(x: right, y: bottom, width: 1, height: 1), with: glyphs.bottomRight, style: style)
        if let title, !TextLayout.trimmingSpaces(Sanitizer.clean(title)).isEmpty, rect.width > 4 {
            let room = rect.width - 2
            let shown = " " + TextLayout.truncate(TextLayout.trimmingSpaces(Sanitizer.clean(title)), toWidth: room - 2, ellipsis: border.ellipsis) + " "
            drawText(shown, in: Rect(x: left + 1, y: top, width: room, height: 1), style: titleStyle)
        }
        if let footer {
            let shown = " " + TextLayout.trimmingSpaces(Sanitizer.clean(footer)) + " "
            let width = displayWidth(shown)
            if width + 4 <= rect.width { drawText(shown, in: Rect(x: right - 1 - width, y: bottom, width: width, height: 1), style: style) }
        }
    }
}
