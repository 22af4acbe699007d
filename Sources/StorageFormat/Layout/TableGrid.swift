/// A table's cells placed on a grid, with row and column spans resolved as HTML does.
struct TableGrid {
    /// Where one cell sits.
    struct Placement {
        var row: Int
        var column: Int
        var rowSpan: Int
        var columnSpan: Int
        var cell: TableCell
    }

    /// The widest grid kept; a wider row's cells past it show in its last column.
    static var maxColumns: Int { 128 }

    /// Every placed cell, row after row, each row's left to right.
    private(set) var placements: [Placement] = []
    /// The placement covering each grid slot, row after row `stride` slots apart, or a negative id for
    /// an empty slot; then, from `rowStartsOffset`, where each row's placements start in `placements`
    /// and where the last row's end. One array rather than one per row, or one for the row starts.
    private var slots: [Int] = []
    private var stride = 0
    private var rowStartsOffset = 0
    private(set) var columnCount = 0
    /// The table's rows, read for their header flags.
    private let rows: [TableRow]
    /// Whether each grid row is a header row, read from the rows rather than copied out of them.
    var headerRows: LazyMapCollection<[TableRow], Bool> { rows.lazy.map { $0.isHeader } }

    private(set) var rowCount = 0
    /// Whether a placed cell spans more than one row or column.
    private var hasSpans = false
    /// Whether records and rows show a spanning cell in every row and column it covers: unless the spans would
    /// multiply the table's size (a few cells spanning thousands of rows), which then show once, where they start.
    private(set) var repeatsSpans = true

    init(_ table: Table) {
        rows = table.rows
        rowCount = table.rows.count
        // No row reaches past its own cells' spans plus those of every cell spanning rows.
        var widest = 0
        var rowSpanning = 0
        var cellCount = 0
        for row in table.rows {
            var spans = 0
            for cell in row.cells {
                spans += min(cell.columnSpan, Self.maxColumns)
                if cell.rowSpan > 1 { rowSpanning += min(cell.columnSpan, Self.maxColumns) }
            }
            widest = max(widest, spans)
            cellCount += row.cells.count
        }
        stride = min(Self.maxColumns, widest + rowSpanning)
        rowStartsOffset = rowCount * stride
        slots = Array(repeating: -1, count: rowStartsOffset + rowCount + 1)
        placements.reserveCapacity(cellCount)
        // Where each row's group ends: a row span stops there, as HTML's does (`rowspan="0"` reaches it). Without a
        // cell spanning rows, none is read.
        var groupEnds = rowSpanning > 0 ? Array(repeating: rowCount, count: rowCount) : []
        for row in Swift.stride(from: groupEnds.count - 2, through: 0, by: -1) {
            groupEnds[row] = table.rows[row + 1].startsGroup ? row + 1 : groupEnds[row + 1]
        }
        for (rowIndex, row) in table.rows.enumerated() {
            slots[rowStartsOffset + rowIndex] = placements.count
            var column = 0
            for cell in row.cells {
                while column < stride && slots[rowIndex * stride + column] >= 0 { column += 1 }
                guard column < Self.maxColumns else {
                    // Past the widest grid kept, a cell's content joins the row's last cell: none is lost.
                    let last = slots[rowIndex * stride + stride - 1]
                    if last >= 0 { placements[last].cell.blocks.append(contentsOf: cell.blocks) }
                    continue
                }
                // A span stops short of a slot an earlier cell spans into: HTML lets the two overlap, which no grid
                // can draw, so the later cell keeps the slots it starts with that are free.
                var columnSpan = 1
                let columnsWanted = min(cell.columnSpan, Self.maxColumns - column, stride - column)
                while columnSpan < columnsWanted && slots[rowIndex * stride + column + columnSpan] < 0 { columnSpan += 1 }
                var rowSpan = 1
                let rowsWanted = cell.rowSpan > 1 ? min(cell.rowSpan, groupEnds[rowIndex] - rowIndex) : 1
                while rowSpan < rowsWanted
                    && (column..<(column + columnSpan)).allSatisfy({ slots[(rowIndex + rowSpan) * stride + $0] < 0 }) {
                    rowSpan += 1
                }
                let index = placements.count
                if rowSpan > 1 || columnSpan > 1 { hasSpans = true }
                placements.append(Placement(row: rowIndex, column: column, rowSpan: rowSpan, columnSpan: columnSpan,
                                            cell: cell))
                for spannedRow in rowIndex..<(rowIndex + rowSpan) {
                    for spannedColumn in column..<(column + columnSpan) { slots[spannedRow * stride + spannedColumn] = index }
                }
                columnCount = max(columnCount, column + columnSpan)
                column += columnSpan
            }
        }
        slots[rowStartsOffset + rowCount] = placements.count
        if hasSpans {
            // Weighed by their text, so one large cell over many rows counts for what repeating it would write.
            let sizes = placements.map { 1 + InlineFlattener.plainText(of: $0.cell.blocks).utf8.count }
            let repeated = zip(placements, sizes).reduce(0) { $0 + ($1.0.rowSpan * $1.0.columnSpan - 1) * $1.1 }
            repeatsSpans = repeated <= 4 * sizes.reduce(0, +) + 4096
        }
        for slot in 0..<rowStartsOffset where slots[slot] < 0 { slots[slot] = -(1 + slot) }
    }

    /// The indices in `placements` of the cells that start in `row`, left to right: found without a
    /// search, so walking every row's cells stays linear in the table's size.
    func placementIndices(inRow row: Int) -> Range<Int> {
        slots[rowStartsOffset + row]..<slots[rowStartsOffset + row + 1]
    }

    /// The placement covering a grid slot, or a negative id (one per slot) for an empty slot.
    func owner(_ row: Int, _ column: Int) -> Int {
        slots[row * stride + column]
    }

    /// The placement at a grid slot, nil for an empty slot.
    func placement(row: Int, column: Int) -> Placement? {
        let id = owner(row, column)
        return id >= 0 ? placements[id] : nil
    }

    /// The cells covering `row`'s slots, left to right, one per column (a spanning cell in each it covers; an
    /// empty slot gives an empty cell), so each stands under its column's header; one cell covering the whole row (a
    /// title) once; the row's own cells when spans do not repeat.
    func covering(row: Int) -> [TableCell] {
        guard repeatsSpans else { return rows[row].cells }
        // Up to the row's last covered slot: a short row is not padded with empty cells.
        let end = (0..<columnCount).last { owner(row, $0) >= 0 }.map { $0 + 1 } ?? 0
        if end > 1 && (1..<end).allSatisfy({ owner(row, $0) == owner(row, 0) }) {
            return [placements[owner(row, 0)].cell]
        }
        return (0..<end).map { placement(row: row, column: $0)?.cell ?? TableCell(blocks: []) }
    }

    /// The first header row, if any.
    var firstHeaderRow: Int? { (0..<rowCount).first { headerRows[$0] } }

    /// The header rows that label the columns: those that follow each other from the first one that is not a title, or
    /// that one alone when every row is a header row. A title (one header cell across the row, a section's name) labels
    /// no column: it is written as a line of its own, above the rows it names.
    var labelRows: Range<Int> {
        guard let first = (0..<rowCount).first(where: { headerRows[$0] && !isTitle(row: $0) }) else { return 0..<0 }
        let end = (first..<rowCount).first { !headerRows[$0] || isTitle(row: $0) } ?? rowCount
        return first == 0 && end == rowCount ? first..<(first + 1) : first..<end
    }

    /// Whether `row` is a title: a header row that one cell covers whole, in a table of several columns.
    func isTitle(row: Int) -> Bool {
        guard headerRows[row], columnCount > 1 else { return false }
        let id = owner(row, 0)
        return id >= 0 && (1..<columnCount).allSatisfy { owner(row, $0) == id }
    }

    /// Whether every row is a header row.
    var holdsOnlyHeaders: Bool { headerRows.allSatisfy { $0 } }

    /// The rows a table written as records writes: all but the `labelRows`, which its labels already show, unless every
    /// row is a header row (the first is then its own label).
    var recordRows: LazyFilterSequence<Range<Int>> {
        let skipped = holdsOnlyHeaders ? 0..<0 : labelRows
        return (0..<rowCount).lazy.filter { !skipped.contains($0) }
    }

    /// One field of a row's record: a placement covering some of the row's slots, and the columns it covers there.
    struct RecordField {
        var id: Int
        var columns: Range<Int>
    }

    /// The fields of `row`'s record, left to right: every placement covering the row once (a cell spanning rows in
    /// each row it covers, or only in its first when spans do not repeat) with the columns it covers; empty slots
    /// give none.
    func recordFields(inRow row: Int) -> [RecordField] {
        guard repeatsSpans else {
            return placementIndices(inRow: row).map { id in
                RecordField(id: id, columns: placements[id].column..<(placements[id].column + placements[id].columnSpan))
            }
        }
        var fields: [RecordField] = []
        var column = 0
        while column < columnCount {
            let id = owner(row, column)
            var end = column + 1
            while end < columnCount && owner(row, end) == id { end += 1 }
            if id >= 0 { fields.append(RecordField(id: id, columns: column..<end)) }
            column = end
        }
        return fields
    }

    /// Each column's label: the texts `text` gives of the cells covering it in the `labelRows`, joined by a space
    /// (`Contact Email` under a `Contact` spanning two columns), else (no header row, empty slots or no text)
    /// `Column 1`, `Column 2`, ….
    func columnLabels(text: (TableCell) -> String) -> [String] {
        var texts: [Int: String] = [:]  // by placement, read once however many columns it spans
        return (0..<columnCount).map { column in
            var parts: [String] = []
            var previous = -1
            for row in labelRows {
                let id = owner(row, column)
                // A cell spanning header rows names the column once.
                guard id >= 0, id != previous else { continue }
                previous = id
                let label = texts[id] ?? text(placements[id].cell)
                texts[id] = label
                if !label.isEmpty { parts.append(label) }
            }
            return parts.isEmpty ? Self.columnNames[column] : parts.joined(separator: " ")
        }
    }

    /// `Column 1` to `Column 128`, the labels of columns without a header, built once.
    private static let columnNames = (1...maxColumns).map { "Column \($0)" }

    /// The label of `field`: its columns' labels, each once, joined by a comma; from the first to the last when
    /// there are more than two.
    static func label(of field: RecordField, in labels: [String]) -> String {
        if field.columns.count == 1 { return labels[field.columns.lowerBound] }
        var shown: [String] = []
        for column in field.columns where shown.last != labels[column] { shown.append(labels[column]) }
        return shown.count > 2 ? shown[0] + " to " + shown[shown.count - 1] : shown.joined(separator: ", ")
    }

    /// Whether the table is a simple grid: no spans, and no slot left empty.
    var isRectangular: Bool {
        !hasSpans && placements.count == rowCount * columnCount
    }
}
