/// The characters frames and tables are drawn with: box drawing, or ASCII on request. Edges and
/// prefixes are static text, written as bytes without a `String`.
struct BorderGlyphs {
    let ascii: Bool

    var horizontal: StaticString { ascii ? "-" : "─" }
    var vertical: StaticString { ascii ? "|" : "│" }
    /// `horizontalRunCount` horizontal glyphs in a row: a border's edges are copied from it in pieces.
    var horizontalRun: StaticString { ascii ? "--------------------------------" : "────────────────────────────────" }
    static var horizontalRunCount: Int { 32 }
    var panelTopRight: StaticString { ascii ? "+" : "╮" }
    var panelBottomLeft: StaticString { ascii ? "+" : "╰" }
    var panelBottomRight: StaticString { ascii ? "+" : "╯" }
    /// A panel's top edge up to its label: corner, edge and space.
    var panelTopStart: StaticString { ascii ? "+- " : "╭─ " }
    /// The top edge of a panel nested too deep for side edges, up to its label.
    var openPanelTopStart: StaticString { ascii ? "-- " : "── " }
    /// A panel's left edge and the space after it, and the space before its right edge and the edge.
    var panelLeft: StaticString { ascii ? "| " : "│ " }
    var panelRight: StaticString { ascii ? " |" : " │" }
    var quote: StaticString { ascii ? "> " : "│ " }
    var expandOpen: String { ascii ? "v " : "▾ " }
    var ellipsis: StaticString { ascii ? ">" : "…" }

    /// The bullet for an unordered list at `depth`, one cell wide; static text, so writing it copies
    /// bytes without a `String`.
    func bullet(depth: Int) -> StaticString {
        switch depth % 3 {
        case 1: ascii ? "-" : "◦"
        case 2: ascii ? "+" : "▪"
        default: ascii ? "*" : "•"
        }
    }

    /// The junction where border edges meet, from which directions have an edge; static text, as tables
    /// write one per column on every border line.
    func junction(up: Bool, down: Bool, left: Bool, right: Bool) -> StaticString {
        if ascii {
            if (up || down) && (left || right) { return "+" }
            if up || down { return "|" }
            if left || right { return "-" }
            return " "
        }
        switch (up, down, left, right) {
        case (true, true, true, true): return "┼"
        case (true, true, true, false): return "┤"
        case (true, true, false, true): return "├"
        case (true, false, true, true): return "┴"
        case (false, true, true, true): return "┬"
        case (false, true, false, true): return "┌"
        case (false, true, true, false): return "┐"
        case (true, false, false, true): return "└"
        case (true, false, true, false): return "┘"
        case (true, true, false, false): return "│"
        case (false, false, true, true): return "─"
        case (true, false, false, false): return "╵"
        case (false, true, false, false): return "╷"
        case (false, false, true, false): return "╴"
        case (false, false, false, true): return "╶"
        default: return " "
        }
    }
}
