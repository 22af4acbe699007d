/// One table's lines drawn from its cells' rendered lines: border lines with their junctions, and each
/// row's lines as its cells' segments between vertical borders. A value with mutating methods rather
/// than a function with nested helpers, so its buffers are reached without dynamic access checks.
struct TableDrawing {
    let grid: TableGrid
    /// Every cell's lines, one cell after another.
    let cellText: TerminalLines
    let glyphs: BorderGlyphs
    /// The table's column widths, placed cells and rows, and the border line's buffers.
    private(set) var buffers: TableBuffers
    /// Whether the grid has no spans and no empty slots.
    private let isRectangular: Bool
    private let borderStyle = PackedStyle(RunStyle(role: .tableBorder))
    /// The cells of the border line gathered in `buffers.edge`, which go out as one run.
    private var edgeWidth = 0

    init(grid: TableGrid, cellText: TerminalLines, glyphs: BorderGlyphs, buffers: TableBuffers) {
        self.grid = grid
        self.cellText = cellText
        self.glyphs = glyphs
        self.buffers = buffers
        isRectangular = grid.isRectangular
    }

    /// Draws the table into `lines`: a border line above every row and below the last, and the rows'
    /// lines between them.
    mutating func draw(into lines: inout TerminalLines) {
        let rows = grid.rowCount
        let columns = grid.columnCount
        for boundary in 0...rows {
            drawBorder(above: boundary, into: &lines)
            guard boundary < rows else { break }
            for line in 0..<buffers.rowLines[boundary].height {
                let y = buffers.rowLines[boundary].top + line
                var column = 0
                while column < columns {
                    let id = grid.owner(boundary, column)
                    if id >= 0 {
                        glyphs.vertical.withUTF8Buffer { appendSegment(of: id, line: y, border: $0, into: &lines) }
                        column += grid.placements[id].columnSpan - (column - grid.placements[id].column)
                    } else {
                        glyphs.vertical.withUTF8Buffer {
                            lines.appendCell(line: nil, of: cellText, width: buffers.widths[column], border: $0,
                                             borderStyle: borderStyle, marker: glyphs.ellipsis)
                        }
                        column += 1
                    }
                }
                glyphs.vertical.withUTF8Buffer { lines.append($0, style: borderStyle, width: 1) }
                lines.endLine()
            }
        }
    }

    /// The border line above row `boundary` (below the last row when it is the row count); a cell
    /// spanning the rows on both sides shows its line there instead of an edge. A grid without spans
    /// or empty slots has the same line between every two rows, so it is composed once.
    private mutating func drawBorder(above boundary: Int, into lines: inout TerminalLines) {
        let reused = isRectangular && boundary >= 2 && boundary < grid.rowCount
        if !reused {
            buffers.edge.removeAll()
            edgeWidth = 0
        }
        if isRectangular {
            if !reused { composeEdge(above: boundary) }
            buffers.edge.withUnsafeBufferPointer { lines.append($0, style: borderStyle, width: edgeWidth) }
            lines.endLine()
            return
        }
        let columns = grid.columnCount
        let above = boundary - 1
        let y = boundary == 0 ? 0 : buffers.rowLines[above].top + buffers.rowLines[above].height
        var column = 0
        while column < columns {
            if let id = owner(above, column), id == owner(boundary, column), id >= 0 {
                // A row-spanning cell continues through this border line.
                let placement = grid.placements[id]
                if placement.column == column {
                    flushEdge(into: &lines)
                    junction(above: above, below: boundary, column: column).withUTF8Buffer {
                        appendSegment(of: id, line: y, border: $0, into: &lines)
                    }
                }
                column += placement.column == column ? placement.columnSpan : 1
                continue
            }
            appendJunction(junction(above: above, below: boundary, column: column))
            appendHorizontal(count: buffers.widths[column] + 2)
            column += 1
        }
        appendJunction(junction(above: above, below: boundary, column: columns))
        flushEdge(into: &lines)
        lines.endLine()
    }

    /// Composes the border line above row `boundary` of a rectangular grid in `buffers.edge`: every
    /// junction joins the edges on its sides that lie inside the table.
    private mutating func composeEdge(above boundary: Int) {
        let columns = grid.columnCount
        for column in 0...columns {
            appendJunction(glyphs.junction(up: boundary > 0, down: boundary < grid.rowCount, left: column > 0,
                                           right: column < columns))
            if column < columns { appendHorizontal(count: buffers.widths[column] + 2) }
        }
    }

    /// Cell `id`'s segment of table line `y`, after `border`: its line there, or blank below its lines.
    private func appendSegment(of id: Int, line y: Int, border: UnsafeBufferPointer<UInt8>,
                               into lines: inout TerminalLines) {
        let index = y - buffers.rowLines[grid.placements[id].row].top
        let cell = buffers.placed[id]
        lines.appendCell(line: index < cell.lines.count ? cell.lines.lowerBound + index : nil, of: cellText,
                         width: cell.inner, border: border, borderStyle: borderStyle, marker: glyphs.ellipsis)
    }

    /// Adds a junction to the edge.
    private mutating func appendJunction(_ glyph: StaticString) {
        glyph.withUTF8Buffer { buffers.edge.append($0) }
        edgeWidth += 1
    }

    /// Adds `count` horizontal glyphs to the edge, copied from the rule.
    private mutating func appendHorizontal(count: Int) {
        let length = count * glyphs.horizontal.utf8CodeUnitCount
        if buffers.rule.count < length {
            let missing = count - buffers.rule.count / glyphs.horizontal.utf8CodeUnitCount
            glyphs.horizontal.withUTF8Buffer { buffers.rule.append($0, repeating: missing) }
        }
        buffers.rule.withUnsafeBufferPointer { buffers.edge.append(UnsafeBufferPointer(rebasing: $0[..<length])) }
        edgeWidth += count
    }

    /// Writes the edge gathered so far as one border run.
    private mutating func flushEdge(into lines: inout TerminalLines) {
        buffers.edge.withUnsafeBufferPointer { lines.append($0, style: borderStyle, width: edgeWidth) }
        buffers.edge.removeAll()
        edgeWidth = 0
    }

    /// The junction where the edges around grid point (`above` + 1, `column`) meet.
    private func junction(above: Int, below: Int, column: Int) -> StaticString {
        let up = owner(above, column - 1) != owner(above, column)
        let down = owner(below, column - 1) != owner(below, column)
        let left = owner(above, column - 1) != owner(below, column - 1)
        let right = owner(above, column) != owner(below, column)
        return glyphs.junction(up: up, down: down, left: left, right: right)
    }

    /// The placement covering a grid slot, nil outside the grid.
    private func owner(_ row: Int, _ column: Int) -> Int? {
        guard row >= 0, row < grid.rowCount, column >= 0, column < grid.columnCount else { return nil }
        return grid.owner(row, column)
    }
}
