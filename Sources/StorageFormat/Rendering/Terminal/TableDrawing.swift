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

    /// One cell's part of a row's lines, or an empty slot's: table line `y` shows line `y + shift` of
    /// the cells' lines while that is below `end` (blank after it), `width` cells wide.
    struct Segment {
        var shift: Int
        var end: Int
        var width: Int
    }

    /// Draws the table into `lines`: a border line above every row and below the last, and the rows'
    /// lines between them.
    mutating func draw(into lines: inout TerminalLines) {
        collectSegments()
        // Room for a border line of three-byte glyphs, one per cell of the table's width, so the
        // edge does not grow piece by piece.
        buffers.edge.reserveCapacity(3 * (buffers.columns.reduce(0) { $0 + $1.width } + 3 * grid.columnCount + 1))
        let rows = grid.rowCount
        for boundary in 0...rows {
            drawBorder(above: boundary, into: &lines)
            guard boundary < rows else { break }
            let top = buffers.rowLines[boundary].top
            let rowLines = top..<(top + buffers.rowLines[boundary].height)
            let firstSegment = boundary == 0 ? 0 : buffers.rowLines[boundary - 1].segmentEnd
            // Read into locals: the closure reaches them without copying the cells' lines per append.
            let segments = buffers.segments[firstSegment..<buffers.rowLines[boundary].segmentEnd]
            let (cellText, borderStyle, marker) = (cellText, borderStyle, glyphs.ellipsis)
            glyphs.vertical.withUTF8Buffer { border in
                for y in rowLines {
                    for segment in segments {
                        let source = y + segment.shift
                        lines.appendCell(line: source < segment.end ? source : nil, of: cellText, width: segment.width,
                                         border: border, borderStyle: borderStyle, marker: marker)
                    }
                    lines.append(border, style: borderStyle, width: 1)
                    lines.endLine()
                }
            }
        }
    }

    /// Gathers every row's segments in `buffers.segments`, row after row, each row's left to right: one
    /// per cell covering the row (however many columns it spans) and one per empty slot.
    private mutating func collectSegments() {
        buffers.segments.removeAll(keepingCapacity: true)
        buffers.segments.reserveCapacity(grid.rowCount * grid.columnCount)
        for row in 0..<grid.rowCount {
            var column = 0
            while column < grid.columnCount {
                let id = grid.owner(row, column)
                guard id >= 0 else {
                    // Table lines start at 1, so an empty slot's line is never below 0: it stays blank.
                    buffers.segments.append(Segment(shift: 0, end: 0, width: buffers.columns[column].width))
                    column += 1
                    continue
                }
                let cell = buffers.placed[id]
                let top = buffers.rowLines[grid.placements[id].row].top
                buffers.segments.append(Segment(shift: cell.lines.lowerBound - top, end: cell.lines.upperBound,
                                                width: cell.inner))
                column = grid.placements[id].column + grid.placements[id].columnSpan
            }
            buffers.rowLines[row].segmentEnd = buffers.segments.count
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
            appendHorizontal(count: buffers.columns[column].width + 2)
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
            if column < columns { appendHorizontal(count: buffers.columns[column].width + 2) }
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

    /// Adds `count` horizontal glyphs to the edge, copied from the static run of them.
    private mutating func appendHorizontal(count: Int) {
        glyphs.horizontalRun.withUTF8Buffer { run in
            let glyphLength = run.count / BorderGlyphs.horizontalRunCount
            var left = count
            while left > 0 {
                let taken = min(left, BorderGlyphs.horizontalRunCount)
                buffers.edge.append(UnsafeBufferPointer(rebasing: run[..<(taken * glyphLength)]))
                left -= taken
            }
        }
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
