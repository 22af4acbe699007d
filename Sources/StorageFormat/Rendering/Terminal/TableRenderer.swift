/// Draws a table with borders, cells wrapped to fit and spanned cells merged, or says it cannot fit (the
/// caller then writes it as records).
///
/// One instance serves every table at one nesting level of a render: its cell renderer and line
/// buffers are reused from table to table.
final class TableRenderer {
    private let glyphs: BorderGlyphs
    private let options: RenderOptions
    /// Renders every cell of the current table into its `lines`, one cell after another.
    private var cells: TerminalRenderer
    /// The table last rendered.
    private(set) var lines = TerminalLines()
    /// The arrays each table fills.
    private var buffers = TableBuffers()
    /// Measures the cells, knowing how many levels of tables in them are drawn.
    private let measure: CellMeasure

    /// Widest minimum a column asks for; longer words are split instead.
    static var maxMinimumColumnWidth: Int { 16 }

    /// Creates the renderer of the tables `depth` drawn tables deep (1 for a document's own).
    init(options: RenderOptions, root: GeneratedListings, glyphs: BorderGlyphs, depth: Int) {
        self.glyphs = glyphs
        self.options = options
        cells = TerminalRenderer(width: 1, options: options, root: root, clipsCode: true, tableDepth: depth)
        measure = CellMeasure(options: options, root: root, drawnLevels: TerminalRenderer.maximumTableDepth - depth)
    }

    /// Renders `table` at `width` into `lines`; false, with `lines` empty, when its columns cannot fit.
    func render(_ table: Table, width: Int) -> Bool {
        // Drawn into a local buffer swapped with `lines`, so appends skip the class's access checks.
        var output = TerminalLines()
        swap(&output, &lines)
        defer { swap(&output, &lines) }
        output.removeAll()
        return render(table, width: width, after: &output)
    }

    /// Renders `table` at `width` as lines of its own after those of `output` (whose open line must be
    /// empty): a table outside any container is drawn straight into the document's lines. False, with
    /// nothing added, when its columns cannot fit.
    func render(_ table: Table, width: Int, after output: inout TerminalLines) -> Bool {
        // The buffers are swapped out and the cells rendered through one access to `cells`, so neither
        // goes through the class's access checks.
        var buffers = TableBuffers()
        swap(&buffers, &self.buffers)
        defer { swap(&buffers, &self.buffers) }
        return render(table, width: width, into: &output, cells: &cells, buffers: &buffers)
    }

    private func render(_ table: Table, width: Int, into output: inout TerminalLines, cells: inout TerminalRenderer,
                        buffers: inout TableBuffers) -> Bool {
        cells.removeAllLines()
        let grid = TableGrid(table)
        guard grid.columnCount > 0, grid.rowCount > 0 else { return true }
        let columns = grid.columnCount
        let available = width - (3 * columns + 1)
        Self.refill(&buffers.columns, with: TableBuffers.Column(), count: columns)
        for placement in grid.placements where placement.columnSpan == 1 {
            let widths = measure.measure(placement.cell.blocks)
            let column = placement.column
            buffers.columns[column].minimum = max(buffers.columns[column].minimum,
                                                  min(Self.maxMinimumColumnWidth, widths.minimum))
            buffers.columns[column].word = max(buffers.columns[column].word, widths.minimum)
            buffers.columns[column].preferred = max(buffers.columns[column].preferred, widths.preferred)
        }
        if grid.placements.contains(where: { $0.columnSpan > 1 }) { widenForSpans(grid, in: &buffers) }
        let used = buffers.columns.reduce(0) { $0 + $1.minimum }
        guard available >= used else { return false }
        Self.distribute(available - used, in: &buffers)
        draw(grid, into: &output, cells: &cells, buffers: &buffers)
        return true
    }

    /// A cell spanning columns asks for its longest word and line across them, less the borders between: what the
    /// columns' own cells leave short is shared among them, narrower spans first. Only the widths extra room goes to
    /// grow; no minimum does, so a table fits wherever it did.
    private func widenForSpans(_ grid: TableGrid, in buffers: inout TableBuffers) {
        let spanned = grid.placements.filter { $0.columnSpan > 1 }.sorted { $0.columnSpan < $1.columnSpan }
        for placement in spanned {
            let widths = measure.measure(placement.cell.blocks)
            let range = placement.column..<min(buffers.columns.count, placement.column + placement.columnSpan)
            Self.widen(&buffers.columns, range, \.word, to: widths.minimum)
            Self.widen(&buffers.columns, range, \.preferred, to: widths.preferred)
        }
    }

    /// Raises `field` of the columns in `range` until, with the borders between them, they reach `need`: the shortfall
    /// is shared evenly, the first columns taking what does not divide.
    private static func widen(_ columns: inout [TableBuffers.Column], _ range: Range<Int>,
                              _ field: WritableKeyPath<TableBuffers.Column, Int>, to need: Int) {
        let short = need - range.reduce(3 * (range.count - 1)) { $0 + columns[$1][keyPath: field] }
        guard short > 0 else { return }
        for (offset, index) in range.enumerated() {
            columns[index][keyPath: field] += short / range.count + (offset < short % range.count ? 1 : 0)
        }
    }

    /// The most a column is given whole ahead of the others' shares.
    private static var fewCells: Int { 4 }

    /// Empties `array`, keeping its storage, and fills it with `count` copies of `value`.
    private static func refill<Element>(_ array: inout [Element], with value: Element, count: Int) {
        array.removeAll(keepingCapacity: true)
        array.append(contentsOf: repeatElement(value, count: count))
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

    /// Column widths, into `buffers.columns`: every column gets its minimum; the `extra` cells go first to columns
    /// whose longest word is wider (so no word is split while another column has room to spare), then to columns
    /// that want more, in proportion to how much more they want.
    private static func distribute(_ extra: Int, in buffers: inout TableBuffers) {
        for index in buffers.columns.indices { buffers.columns[index].width = buffers.columns[index].minimum }
        let left = grow(towardWords: true, with: extra, in: &buffers)
        _ = grow(towardWords: false, with: left, in: &buffers)
    }

    /// Widens columns toward their longest word (or their preferred width) with at most `extra` cells; returns the cells
    /// left. A column a few cells short (`fewCells`, and no more than an equal share of what is left) gets them all, so a
    /// short header or value does not wrap for want of cells a long column hardly misses; the rest go to the others in
    /// proportion to how far each is from its target, which keeps their rows about equally tall.
    private static func grow(towardWords: Bool, with extra: Int, in buffers: inout TableBuffers) -> Int {
        func target(_ column: TableBuffers.Column) -> Int { towardWords ? column.word : column.preferred }
        func want(_ index: Int) -> Int { max(0, target(buffers.columns[index]) - buffers.columns[index].width) }
        var extra = extra
        var totalWant = 0
        var wanting = 0
        while extra > 0 {
            totalWant = 0
            wanting = 0
            for index in buffers.columns.indices where want(index) > 0 {
                totalWant += want(index)
                wanting += 1
            }
            guard totalWant > extra, wanting > 1 else { break }
            let share = min(extra / wanting, Self.fewCells)
            var settled = false
            for index in buffers.columns.indices where want(index) > 0 && want(index) <= share {
                extra -= want(index)
                buffers.columns[index].width = target(buffers.columns[index])
                settled = true
            }
            if !settled { break }
        }
        guard totalWant > 0, extra > 0 else { return extra }
        if totalWant <= extra {
            for index in buffers.columns.indices {
                buffers.columns[index].width = max(buffers.columns[index].width, target(buffers.columns[index]))
            }
            return extra - totalWant
        }
        var left = extra
        for index in buffers.columns.indices {
            let share = max(0, target(buffers.columns[index]) - buffers.columns[index].width) * extra / totalWant
            buffers.columns[index].width += share
            left -= share
        }
        var index = 0
        while left > 0 {
            if buffers.columns[index].width < target(buffers.columns[index]) {
                buffers.columns[index].width += 1
                left -= 1
            }
            index = (index + 1) % buffers.columns.count
        }
        return 0
    }

    // MARK: Drawing

    private func draw(_ grid: TableGrid, into lines: inout TerminalLines, cells: inout TerminalRenderer,
                      buffers: inout TableBuffers) {
        let rows = grid.rowCount
        buffers.placed.removeAll(keepingCapacity: true)
        buffers.placed.reserveCapacity(grid.placements.count)
        for index in grid.placements.indices {
            let (column, columnSpan) = (grid.placements[index].column, grid.placements[index].columnSpan)
            var inner = 3 * (columnSpan - 1)
            for spanned in column..<(column + columnSpan) { inner += buffers.columns[spanned].width }
            buffers.placed.append((Self.renderCell(grid.placements[index].cell, width: inner, in: &cells), inner))
        }
        Self.refill(&buffers.rowLines, with: (height: 1, top: 0, segmentEnd: 0), count: rows)
        for index in grid.placements.indices where grid.placements[index].rowSpan == 1 {
            let row = grid.placements[index].row
            buffers.rowLines[row].height = max(buffers.rowLines[row].height, buffers.placed[index].lines.count)
        }
        for index in grid.placements.indices where grid.placements[index].rowSpan > 1 {
            let (row, rowSpan) = (grid.placements[index].row, grid.placements[index].rowSpan)
            let last = row + rowSpan - 1
            let room = (row...last).reduce(0) { $0 + buffers.rowLines[$1].height } + rowSpan - 1
            let height = buffers.placed[index].lines.count
            if height > room { buffers.rowLines[last].height += height - room }
        }
        var y = 1
        for row in 0..<rows {
            buffers.rowLines[row].top = y
            y += buffers.rowLines[row].height + 1
        }
        var drawing = TableDrawing(grid: grid, cellText: cells.lines, glyphs: glyphs, buffers: Self.take(&buffers))
        drawing.draw(into: &lines)
        buffers = drawing.buffers
    }

    /// Takes the buffers out of `buffers`, leaving empty ones, so the drawing's appends find them unique.
    private static func take(_ buffers: inout TableBuffers) -> TableBuffers {
        var taken = TableBuffers()
        swap(&taken, &buffers)
        return taken
    }
}
