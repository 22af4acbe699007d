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

    /// The widest grid kept; wider tables lose their rightmost columns' spans.
    static var maxColumns: Int { 128 }

    private(set) var placements: [Placement] = []
    /// `owner[row][column]`: the placement covering that grid slot, or a negative id for an empty slot.
    private(set) var owner: [[Int]] = []
    private(set) var columnCount = 0
    /// Whether each grid row is a header row.
    private(set) var headerRows: [Bool] = []

    var rowCount: Int { owner.count }

    init(_ table: Table) {
        let rowCount = table.rows.count
        var occupied: [[Int]] = Array(repeating: [], count: rowCount)
        for (rowIndex, row) in table.rows.enumerated() {
            var column = 0
            for cell in row.cells {
                while column < occupied[rowIndex].count && occupied[rowIndex][column] >= 0 { column += 1 }
                guard column < Self.maxColumns else { break }
                let columnSpan = min(cell.columnSpan, Self.maxColumns - column)
                let rowSpan = min(cell.rowSpan, rowCount - rowIndex)
                let index = placements.count
                placements.append(Placement(row: rowIndex, column: column, rowSpan: rowSpan, columnSpan: columnSpan,
                                            cell: cell))
                for spannedRow in rowIndex..<(rowIndex + rowSpan) {
                    let needed = column + columnSpan
                    if occupied[spannedRow].count < needed {
                        occupied[spannedRow].append(contentsOf: repeatElement(-1, count: needed - occupied[spannedRow].count))
                    }
                    for spannedColumn in column..<needed { occupied[spannedRow][spannedColumn] = index }
                }
                column += columnSpan
            }
        }
        for slots in occupied { columnCount = max(columnCount, slots.count) }
        owner.reserveCapacity(rowCount)
        for (rowIndex, slots) in occupied.enumerated() {
            var row: [Int] = []
            row.reserveCapacity(columnCount)
            for column in 0..<columnCount {
                let value = column < slots.count ? slots[column] : -1
                row.append(value >= 0 ? value : -(1 + rowIndex * columnCount + column))
            }
            owner.append(row)
        }
        headerRows = table.rows.map { $0.isHeader }
    }

    /// The placement at a grid slot, nil for an empty slot.
    func placement(row: Int, column: Int) -> Placement? {
        let id = owner[row][column]
        return id >= 0 ? placements[id] : nil
    }

    /// Whether the table is a simple grid: no spans, and no slot left empty.
    var isRectangular: Bool {
        placements.allSatisfy { $0.rowSpan == 1 && $0.columnSpan == 1 } && owner.allSatisfy { $0.allSatisfy { $0 >= 0 } }
    }
}
