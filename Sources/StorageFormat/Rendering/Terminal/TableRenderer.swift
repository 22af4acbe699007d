/// Draws a table with borders, cells wrapped to fit and spanned cells merged; a table that cannot fit
/// degrades to one record per row.
struct TableRenderer {
    let options: RenderOptions
    let root: HeadingSource
    let glyphs: BorderGlyphs

    /// Widest minimum a column asks for; longer words are split instead.
    static var maxMinimumColumnWidth: Int { 16 }

    func render(_ table: Table, width: Int) -> [StyledLine] {
        let grid = TableGrid(table)
        guard grid.columnCount > 0, grid.rowCount > 0 else { return [] }
        let columns = grid.columnCount
        let available = width - (3 * columns + 1)
        var minimum = [Int](repeating: 1, count: columns)
        var preferred = [Int](repeating: 1, count: columns)
        for placement in grid.placements where placement.columnSpan == 1 {
            let measure = CellMeasure(placement.cell.blocks, options: options)
            minimum[placement.column] = max(minimum[placement.column], min(Self.maxMinimumColumnWidth, measure.minimum))
            preferred[placement.column] = max(preferred[placement.column], measure.preferred)
        }
        guard available >= minimum.reduce(0, +) else { return records(grid, width: width) }
        let widths = distribute(minimum: minimum, preferred: preferred, available: available)
        return draw(grid, widths: widths)
    }

    // MARK: Sizing

    private func renderCell(_ cell: TableCell, width: Int) -> [StyledLine] {
        var lines = TerminalRenderer.render(cell.blocks, width: width, options: options, root: root, clipsCode: true)
        if cell.isHeader {
            for index in lines.indices {
                for run in lines[index].runs.indices {
                    lines[index].runs[run].style.attributes.insert(.bold)
                    if lines[index].runs[run].style.role == .body { lines[index].runs[run].style.role = .tableHeader }
                }
            }
        }
        return lines
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

    private func draw(_ grid: TableGrid, widths: [Int]) -> [StyledLine] {
        let rows = grid.rowCount
        let columns = grid.columnCount
        var cellLines: [[StyledLine]] = []
        cellLines.reserveCapacity(grid.placements.count)
        for placement in grid.placements {
            let span = placement.column..<(placement.column + placement.columnSpan)
            let inner = span.reduce(0) { $0 + widths[$1] } + 3 * (placement.columnSpan - 1)
            cellLines.append(renderCell(placement.cell, width: inner))
        }
        let cellWidths = cellLines.map { $0.map { LineTools.width(of: $0.runs) } }
        var heights = [Int](repeating: 1, count: rows)
        for (index, placement) in grid.placements.enumerated() where placement.rowSpan == 1 {
            heights[placement.row] = max(heights[placement.row], cellLines[index].count)
        }
        for (index, placement) in grid.placements.enumerated() where placement.rowSpan > 1 {
            let last = placement.row + placement.rowSpan - 1
            let room = (placement.row...last).reduce(0) { $0 + heights[$1] } + placement.rowSpan - 1
            if cellLines[index].count > room { heights[last] += cellLines[index].count - room }
        }
        var top = [Int](repeating: 0, count: rows)
        var y = 1
        for row in 0..<rows {
            top[row] = y
            y += heights[row] + 1
        }
        let border = RunStyle(role: .tableBorder)
        var output: [StyledLine] = []
        func owner(_ row: Int, _ column: Int) -> Int? {
            guard row >= 0, row < rows, column >= 0, column < columns else { return nil }
            return grid.owner[row][column]
        }
        func segment(_ id: Int, row: Int, line: Int, into runs: inout [StyledRun]) {
            let placement = grid.placements[id]
            let span = placement.column..<(placement.column + placement.columnSpan)
            let inner = span.reduce(0) { $0 + widths[$1] } + 3 * (placement.columnSpan - 1)
            let index = line - top[placement.row]
            var content: [StyledRun] = []
            var used = 0
            if index < cellLines[id].count {
                content = cellLines[id][index].runs
                used = cellWidths[id][index]
                if used > inner {
                    content = LineTools.clip(content, to: inner, marker: glyphs.ellipsis).runs
                    used = LineTools.width(of: content)
                }
            }
            runs.append(StyledRun(" "))
            runs += content
            runs.append(StyledRun(Padding.spaces(max(0, inner - used) + 1)))
        }
        for boundary in 0...rows {
            // Border line above row `boundary`.
            var runs: [StyledRun] = []
            let lineY = boundary == 0 ? 0 : top[boundary - 1] + heights[boundary - 1]
            var column = 0
            while column <= columns {
                let above = boundary - 1
                let up = owner(above, column - 1) != owner(above, column)
                let down = owner(boundary, column - 1) != owner(boundary, column)
                let left = owner(above, column - 1) != owner(boundary, column - 1)
                let right = owner(above, column) != owner(boundary, column)
                guard column < columns else {
                    runs.append(StyledRun(glyphs.junction(up: up, down: down, left: left, right: right), border))
                    break
                }
                if let id = owner(above, column), id == owner(boundary, column), id >= 0 {
                    // A row-spanning cell continues through this border line.
                    let placement = grid.placements[id]
                    if placement.column == column {
                        runs.append(StyledRun(glyphs.junction(up: up, down: down, left: left, right: right), border))
                    }
                    if placement.column == column { segment(id, row: boundary, line: lineY, into: &runs) }
                    column += placement.column == column ? placement.columnSpan : 1
                    continue
                }
                runs.append(StyledRun(glyphs.junction(up: up, down: down, left: left, right: right), border))
                runs.append(StyledRun(Padding.repeated(glyphs.horizontal, widths[column] + 2), border))
                column += 1
            }
            output.append(StyledLine(runs: runs))
            guard boundary < rows else { break }
            for line in 0..<heights[boundary] {
                var runs: [StyledRun] = []
                var column = 0
                while column < columns {
                    runs.append(StyledRun(glyphs.vertical, border))
                    let id = grid.owner[boundary][column]
                    if id >= 0 {
                        segment(id, row: boundary, line: top[boundary] + line, into: &runs)
                        column += grid.placements[id].columnSpan - (column - grid.placements[id].column)
                    } else {
                        runs.append(StyledRun(Padding.spaces(widths[column] + 2)))
                        column += 1
                    }
                }
                runs.append(StyledRun(glyphs.vertical, border))
                output.append(StyledLine(runs: runs))
            }
        }
        return output
    }

    // MARK: Records

    /// One record per row: each cell under its column's header, rows separated by a rule.
    private func records(_ grid: TableGrid, width: Int) -> [StyledLine] {
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
        var output: [StyledLine] = []
        for row in 0..<grid.rowCount where !grid.headerRows[row] || grid.headerRows.allSatisfy({ $0 }) {
            if !output.isEmpty {
                output.append(StyledLine(runs: [StyledRun(String(repeating: glyphs.horizontal, count: width), border)]))
            }
            for placement in grid.placements where placement.row == row {
                let label = labels[placement.column]
                output.append(StyledLine(runs: [StyledRun(label + ":", RunStyle(role: .tableHeader, attributes: .bold))]))
                for line in renderCell(placement.cell, width: max(1, width - 2)) {
                    output.append(StyledLine(runs: [StyledRun("  ")] + line.runs, overflow: line.overflow))
                }
            }
        }
        return output
    }
}
