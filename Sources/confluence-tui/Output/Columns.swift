import TerminalKit

/// Rows of text laid out as a table: each column but the last padded to its widest cell, two spaces apart, and no line
/// ending in spaces.
enum Columns {
    /// The rows as lines, cells sanitised before they are measured; columns in `rightAligned` are padded on the left
    /// (numbers), the others on the right.
    static func lines(_ rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
        let rows = rows.map { $0.map { Sanitizer.clean($0) } }
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in rows.map { column < $0.count ? displayWidth($0[column]) : 0 }.max() ?? 0 }
        return rows.map { row in
            let line = row.enumerated().map { column, cell in
                guard column < row.count - 1 || rightAligned.contains(column) else { return cell }
                let padding = String(repeating: " ", count: widths[column] - displayWidth(cell))
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ")
            return String(line[..<(line.lastIndex { $0 != " " }.map(line.index(after:)) ?? line.startIndex)])
        }
    }
}
