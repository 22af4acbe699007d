import TerminalKit

/// Shared helpers for the TerminalKit tests.
enum TestSupport {
    /// Controls that must never reach the grid: C0 (including ESC), DEL, C1 and bidi overrides.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// True when any cell of `grid` holds a forbidden scalar.
    static func gridHasForbiddenScalar(_ grid: Grid) -> Bool {
        grid.cells.contains { cell in cell.grapheme.unicodeScalars.contains(where: isForbidden) }
    }
}
