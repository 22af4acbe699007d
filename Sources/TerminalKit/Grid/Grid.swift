/// An in-memory screen: `width` x `height` cells, the single thing views draw into and
/// the backend copies to the terminal.
///
/// Invariant: a cell of width 2 is always followed by a continuation cell on the same row,
/// and a continuation cell is always preceded by a width-2 cell.
public struct Grid: Hashable, Sendable {
    /// Number of columns.
    public let width: Int
    /// Number of rows.
    public let height: Int
    /// Whether symbols and typographic punctuation are drawn as their ASCII stand-ins (`ASCIIFallback`).
    public let ascii: Bool
    /// Cells in row-major order.
    public private(set) var cells: [Cell]
    /// Where the terminal's own cursor shows (the focused text field's insertion point); nil keeps it hidden. Filling
    /// a rectangle over it (an overlay drawn on top) hides it again.
    public var cursor: (x: Int, y: Int)? {
        get { cursorCell.map { ($0 % max(1, width), $0 / max(1, width)) } }
        set { cursorCell = newValue.flatMap { $0.x >= 0 && $0.x < width && $0.y >= 0 && $0.y < height ? $0.y * width + $0.x : nil } }
    }
    private var cursorCell: Int?

    /// A grid filled with blank cells of `style`; negative sizes become zero.
    public init(width: Int, height: Int, style: CellStyle = .normal, ascii: Bool = false) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.ascii = ascii
        cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    /// The whole grid as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at (`x`, `y`); a blank cell outside the grid.
    public subscript(x x: Int, y y: Int) -> Cell {
        guard x >= 0, x < width, y >= 0, y < height else { return .blank() }
        return cells[y * width + x]
    }

    /// Places one cluster whose width (1 or 2) is already known, keeping the wide-cell invariant.
    /// A width-2 cluster that does not fit before the right edge becomes a space.
    /// Returns the number of columns written (0 when outside the grid).
    @discardableResult
    mutating func place(_ grapheme: String, width clusterWidth: Int, x: Int, y: Int, style: CellStyle, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x >= 0, x < width, clusterWidth > 0 else { return 0 }
        if ascii, clusterWidth == 1, let replacement = ASCIIFallback.replacement(for: grapheme) {
            return place(replacement, width: 1, x: x, y: y, style: style, limit: limit)
        }
        let edge = min(limit ?? width, width)
        guard x < edge else { return 0 }
        if clusterWidth >= 2 && x + 1 >= edge {
            writeSingle(Cell.blank(style), x: x, y: y)
            return 1
        }
        if clusterWidth >= 2 {
            breakWide(at: x, y: y, style: style)
            breakWide(at: x + 1, y: y, style: style)
            cells[y * width + x] = Cell(grapheme: grapheme, width: 2, style: style)
            cells[y * width + x + 1] = .continuation(style)
            return 2
        }
        writeSingle(Cell(grapheme: grapheme, width: 1, style: style), x: x, y: y)
        return 1
    }

    /// Writes a width-1 cell, first breaking any wide cluster it overlaps.
    private mutating func writeSingle(_ cell: Cell, x: Int, y: Int) {
        breakWide(at: x, y: y, style: cell.style)
        cells[y * width + x] = cell
    }

    /// If (`x`, `y`) is part of a wide cluster, replaces the other half with a blank so no
    /// half-cluster survives an overwrite.
    private mutating func breakWide(at x: Int, y: Int, style: CellStyle) {
        guard x >= 0, x < width else { return }
        let index = y * width + x
        let cell = cells[index]
        if cell.isContinuation, x > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
            cells[index] = .blank(cell.style)
        } else if cell.width == 2, x + 1 < width {
            cells[index + 1] = .blank(cells[index + 1].style)
            cells[index] = .blank(cell.style)
        }
    }

    /// Changes the style of every cell in `rect` with `change`, keeping the characters.
    public mutating func restyle(_ rect: Rect, _ change: (inout CellStyle) -> Void) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                change(&cells[y * width + x].style)
            }
        }
    }
}
