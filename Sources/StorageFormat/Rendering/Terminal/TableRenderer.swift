/// Draws a table with borders, cells wrapped to fit and spanned cells merged; a table that cannot fit
/// degrades to one record per row.
///
/// One instance serves every table at one nesting level of a render: its cell renderer and line
/// buffers are reused from table to table.
final class TableRenderer {
    private let glyphs: BorderGlyphs
    /// The UTF-8 of the vertical border, drawn between every two cells of every line.
    private let vertical: [UInt8]
    private let options: RenderOptions
    /// Renders every cell of the current table into its `lines`, one cell after another.
    private var cells: TerminalRenderer
    /// The table last rendered.
    private(set) var lines = TerminalLines()

    /// Widest minimum a column asks for; longer words are split instead.
    static var maxMinimumColumnWidth: Int { 16 }

    init(options: RenderOptions, root: HeadingSource, glyphs: BorderGlyphs) {
        self.glyphs = glyphs
        vertical = Array(glyphs.vertical.utf8)
        self.options = options
        cells = TerminalRenderer(width: 1, options: options, root: root, clipsCode: true)
    }

    /// Renders `table` at `width` into `lines`.
    func render(_ table: Table, width: Int) {
        // Drawn into a local buffer swapped with `lines`, and the cells through one access to `cells`,
        // so appends and cell renders skip the class's access checks.
        var output = TerminalLines()
        swap(&output, &lines)
        defer { swap(&output, &lines) }
        output.removeAll()
        render(table, width: width, into: &output, cells: &cells)
    }

    private func render(_ table: Table, width: Int, into output: inout TerminalLines, cells: inout TerminalRenderer) {
        cells.removeAllLines()
        let grid = TableGrid(table)
        guard grid.columnCount > 0, grid.rowCount > 0 else { return }
        let columns = grid.columnCount
        let available = width - (3 * columns + 1)
        var minimum = [Int](repeating: 1, count: columns)
        var preferred = [Int](repeating: 1, count: columns)
        for placement in grid.placements where placement.columnSpan == 1 {
            let measure = CellMeasure(placement.cell.blocks, options: options)
            minimum[placement.column] = max(minimum[placement.column], min(Self.maxMinimumColumnWidth, measure.minimum))
            preferred[placement.column] = max(preferred[placement.column], measure.preferred)
        }
        guard available >= minimum.reduce(0, +) else { return records(grid, width: width, into: &output, cells: &cells) }
        draw(grid, widths: distribute(minimum: minimum, preferred: preferred, available: available), into: &output,
             cells: &cells)
    }

    // MARK: Sizing

    /// Renders `cell` at `width` after the cells before it; returns its lines' range in `cells.lines`.
    private static func renderCell(_ cell: TableCell, width: Int, in cells: inout TerminalRenderer) -> Range<Int> {
        let start = cells.lines.count
        cells.render(cell.blocks, width: width)
        if cell.isHeader {
            cells.restyleLines(from: start) { style in
                var header = style
                header.attributes.insert(.bold)
                if header.role == .body { header.role = .tableHeader }
                return header
            }
        }
        return start..<cells.lines.count
    }

    /// Column widths: every column gets its minimum, then the rest goes to columns that want more,
    /// in proportion to how much more they want.
    private func distribute(minimum: [Int], preferred: [Int], available: Int) -> [Int] {
        var widths = minimum
        var extra = available - minimum.reduce(0, +)
        let wants = zip(preferred, minimum).map { max(0, $0 - $1) }
        let totalWant = wants.reduce(0, +)
        guard totalWant > 0 else { return widths }
        if totalWant <= extra { return zip(minimum, wants).map { $0 + $1 } }
        for index in widths.indices {
            let share = wants[index] * extra / totalWant
            widths[index] += share
        }
        extra = available - widths.reduce(0, +)
        var index = 0
        while extra > 0 {
            if widths[index] < preferred[index] {
                widths[index] += 1
                extra -= 1
            }
            index = (index + 1) % widths.count
        }
        return widths
    }

    // MARK: Drawing

    private func draw(_ grid: TableGrid, widths: [Int], into lines: inout TerminalLines, cells: inout TerminalRenderer) {
        let rows = grid.rowCount
        let columns = grid.columnCount
        // Each placed cell's lines in `cells.lines` and width inside its borders, and each row's
        // height and first line: one array apiece rather than two.
        var placed: [(lines: Range<Int>, inner: Int)] = []
        placed.reserveCapacity(grid.placements.count)
        for placement in grid.placements {
            let span = placement.column..<(placement.column + placement.columnSpan)
            let inner = span.reduce(0) { $0 + widths[$1] } + 3 * (placement.columnSpan - 1)
            placed.append((Self.renderCell(placement.cell, width: inner, in: &cells), inner))
        }
        let cellText = cells.lines
        var rowLines = [(height: Int, top: Int)](repeating: (1, 0), count: rows)
        for index in grid.placements.indices where grid.placements[index].rowSpan == 1 {
            let row = grid.placements[index].row
            rowLines[row].height = max(rowLines[row].height, placed[index].lines.count)
        }
        for index in grid.placements.indices where grid.placements[index].rowSpan > 1 {
            let (row, rowSpan) = (grid.placements[index].row, grid.placements[index].rowSpan)
            let last = row + rowSpan - 1
            let room = (row...last).reduce(0) { $0 + rowLines[$1].height } + rowSpan - 1
            if placed[index].lines.count > room { rowLines[last].height += placed[index].lines.count - room }
        }
        var y = 1
        for row in 0..<rows {
            rowLines[row].top = y
            y += rowLines[row].height + 1
        }
        let packedBorder = PackedStyle(RunStyle(role: .tableBorder))
        func junction(above: Int, below: Int, column: Int) {
            let up = owner(above, column - 1) != owner(above, column)
            let down = owner(below, column - 1) != owner(below, column)
            let left = owner(above, column - 1) != owner(below, column - 1)
            let right = owner(above, column) != owner(below, column)
            glyphs.junction(up: up, down: down, left: left, right: right).withUTF8Buffer {
                lines.append($0, style: packedBorder, width: 1)
            }
        }
        func owner(_ row: Int, _ column: Int) -> Int? {
            guard row >= 0, row < rows, column >= 0, column < columns else { return nil }
            return grid.owner(row, column)
        }
        func segment(_ id: Int, line: Int) {
            let index = line - rowLines[grid.placements[id].row].top
            guard index < placed[id].lines.count else { return lines.appendSpaces(placed[id].inner + 2) }
            lines.appendCell(line: placed[id].lines.lowerBound + index, of: cellText, width: placed[id].inner, marker: glyphs.ellipsis)
        }
        for boundary in 0...rows {
            // Border line above row `boundary`.
            let lineY = boundary == 0 ? 0 : rowLines[boundary - 1].top + rowLines[boundary - 1].height
            var column = 0
            while column <= columns {
                let above = boundary - 1
                guard column < columns else {
                    junction(above: above, below: boundary, column: column)
                    break
                }
                if let id = owner(above, column), id == owner(boundary, column), id >= 0 {
                    // A row-spanning cell continues through this border line.
                    let placement = grid.placements[id]
                    if placement.column == column {
                        junction(above: above, below: boundary, column: column)
                        segment(id, line: lineY)
                    }
                    column += placement.column == column ? placement.columnSpan : 1
                    continue
                }
                junction(above: above, below: boundary, column: column)
                lines.appendRepeated(glyphs.horizontal, count: widths[column] + 2, style: packedBorder)
                column += 1
            }
            lines.endLine()
            guard boundary < rows else { break }
            for line in 0..<rowLines[boundary].height {
                var column = 0
                while column < columns {
                    vertical.withUnsafeBufferPointer { lines.append($0, style: packedBorder, width: 1) }
                    let id = grid.owner(boundary, column)
                    if id >= 0 {
                        segment(id, line: rowLines[boundary].top + line)
                        column += grid.placements[id].columnSpan - (column - grid.placements[id].column)
                    } else {
                        lines.appendSpaces(widths[column] + 2)
                        column += 1
                    }
                }
                vertical.withUnsafeBufferPointer { lines.append($0, style: packedBorder, width: 1) }
                lines.endLine()
            }
        }
    }

    // MARK: Records

    /// One record per row: each cell under its column's header, rows separated by a rule.
    private func records(_ grid: TableGrid, width: Int, into lines: inout TerminalLines, cells: inout TerminalRenderer) {
        var labels = (0..<grid.columnCount).map { "Column \($0 + 1)" }
        if let headerRow = (0..<grid.rowCount).first(where: { grid.headerRows[$0] }) {
            for column in 0..<grid.columnCount {
                if let placement = grid.placement(row: headerRow, column: column) {
                    let text = InlineFlattener.plainText(of: InlineFlattener.inlines(of: placement.cell.blocks))
                    if !text.isEmpty { labels[column] = text }
                }
            }
        }
        let border = RunStyle(role: .tableBorder)
        for row in 0..<grid.rowCount where !grid.headerRows[row] || grid.headerRows.allSatisfy({ $0 }) {
            if !lines.isEmpty {
                lines.appendRepeated(glyphs.horizontal, count: width, style: border)
                lines.endLine()
            }
            for placement in grid.placements where placement.row == row {
                lines.append(labels[placement.column] + ":", style: RunStyle(role: .tableHeader, attributes: .bold))
                lines.endLine()
                let cellLines = Self.renderCell(placement.cell, width: max(1, width - 2), in: &cells)
                let cellText = cells.lines
                for line in cellLines {
                    lines.appendSpaces(2)
                    lines.append(line: line, of: cellText)
                    lines.endLine(cellText.overflow(ofLine: line))
                }
            }
        }
    }
}
