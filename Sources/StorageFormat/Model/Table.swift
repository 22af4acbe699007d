/// A table; cells keep their row and column spans.
public struct Table: Sendable, Hashable {
    /// The rows in order.
    public var rows: [TableRow]

    /// Creates a table.
    public init(rows: [TableRow]) { self.rows = rows }

    /// The number of grid columns once spans are laid out.
    public var columnCount: Int { TableGrid(self).columnCount }
}

/// A table row.
public struct TableRow: Sendable, Hashable {
    /// The cells that start in this row.
    public var cells: [TableCell]
    /// Whether the row is a header row (in `thead`, or made only of `th` cells).
    public var isHeader: Bool
    /// Whether the row starts a row group (`thead`, `tbody`, `tfoot`), where the row spans above it end.
    public var startsGroup: Bool

    /// Creates a row.
    public init(cells: [TableCell], isHeader: Bool = false, startsGroup: Bool = false) {
        self.cells = cells
        self.isHeader = isHeader
        self.startsGroup = startsGroup
    }
}

/// A table cell.
public struct TableCell: Sendable, Hashable {
    /// Whether this is a header cell (`th`).
    public var isHeader: Bool
    /// Rows covered, at least 1.
    public var rowSpan: Int
    /// Columns covered, at least 1.
    public var columnSpan: Int
    /// The cell's content.
    public var blocks: [Block]

    /// Creates a cell.
    public init(blocks: [Block], isHeader: Bool = false, rowSpan: Int = 1, columnSpan: Int = 1) {
        self.blocks = blocks
        self.isHeader = isHeader
        self.rowSpan = max(1, rowSpan)
        self.columnSpan = max(1, columnSpan)
    }
}
