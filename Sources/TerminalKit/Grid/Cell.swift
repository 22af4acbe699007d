/// One terminal cell: a grapheme cluster, its display width and its style.
///
/// A wide cluster occupies its own cell (width 2) and the cell to its right, which is a
/// continuation cell (width 0, empty grapheme).
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster shown in this cell; empty for a continuation cell.
    public var grapheme: String
    /// Display width: 1 or 2 for a cluster, 0 for the continuation of a wide cluster.
    public var width: UInt8
    /// The cell's style.
    public var style: CellStyle

    /// Creates a cell.
    public init(grapheme: String, width: UInt8, style: CellStyle = .normal) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    /// A blank cell with the given style.
    public static func blank(_ style: CellStyle = .normal) -> Cell {
        Cell(grapheme: " ", width: 1, style: style)
    }

    /// The right half of a wide cluster.
    static func continuation(_ style: CellStyle) -> Cell {
        Cell(grapheme: "", width: 0, style: style)
    }

    /// True for the right half of a wide cluster.
    public var isContinuation: Bool { width == 0 }
}
