/// A rectangle of cells; negative sizes are clamped to zero so layout arithmetic never traps.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    /// Leftmost column.
    public var x: Int
    /// Top row.
    public var y: Int
    /// Number of columns (never negative).
    public var width: Int { didSet { width = max(0, width) } }
    /// Number of rows (never negative).
    public var height: Int { didSet { height = max(0, height) } }

    /// Creates a rectangle, clamping negative sizes to zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The empty rectangle at the origin.
    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    /// One past the rightmost column (saturating, so huge rectangles never trap).
    public var maxX: Int { Viewport.add(x, width) }
    /// One past the bottom row (saturating).
    public var maxY: Int { Viewport.add(y, height) }
    /// True when the rectangle holds no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// A readable form for test failures.
    public var description: String { "Rect(x: \(x), y: \(y), w: \(width), h: \(height))" }

    /// True when the cell at (`px`, `py`) lies inside.
    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }

    /// The overlap of two rectangles (empty when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// The rectangle shrunk by `amount` on every side.
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// The rectangle shrunk by the given amounts per side.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }

    /// The single row at `offset` from the top (empty when outside).
    public func row(_ offset: Int) -> Rect {
        guard offset >= 0, offset < height else { return Rect(x: x, y: y + offset, width: 0, height: 0) }
        return Rect(x: x, y: y + offset, width: width, height: 1)
    }

    /// Splits into a left part of `columns` (clamped) and the remaining right part.
    public func splitColumns(at columns: Int) -> (left: Rect, right: Rect) {
        let left = min(max(0, columns), width)
        return (Rect(x: x, y: y, width: left, height: height),
                Rect(x: x + left, y: y, width: width - left, height: height))
    }

    /// Splits into a top part of `rows` (clamped) and the remaining bottom part.
    public func splitRows(at rows: Int) -> (top: Rect, bottom: Rect) {
        let top = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: top),
                Rect(x: x, y: y + top, width: width, height: height - top))
    }

    /// A rectangle of the given size centred inside this one (clamped to fit). Along an axis where it would leave a margin
    /// of one cell on a side, which would set its border against the one behind it as a doubled line, it takes the whole
    /// extent instead.
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = width - w < 4 ? width : max(0, w)
        let ch = height - h < 4 ? height : max(0, h)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }
}
