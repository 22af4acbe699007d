import TerminalKit

/// Key hints drawn inside an overlay: whole hints only, in their order. When not all fit, the way out (a hint
/// labelled close, back or cancel) and the way to the help are kept, if they fit, and the others are taken in order up
/// to the first that does not.
enum OverlayHints {
    /// The labels of the hints always kept: those that leave an overlay or a step of it, and the help's.
    private static let alwaysKept: Set<String> = ["close", "back", "cancel", "help"]

    /// The runs of the hints that fit in `width` columns.
    static func runs(_ pairs: [(key: String, label: String)], width: Int) -> [StyledRun] {
        // What a hint takes after the one before it (the gap included, so the first is over-counted by two).
        let widths = pairs.map { displayWidth("  " + $0.key + " " + $0.label) }
        let alwaysKept = pairs.indices.map { Self.alwaysKept.contains(pairs[$0].label) }
        let alwaysKeptWidth = zip(widths, alwaysKept).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
        var kept = alwaysKeptWidth <= width + 2 ? alwaysKept : pairs.map { _ in false }
        var used = alwaysKeptWidth <= width + 2 ? alwaysKeptWidth : 0
        for index in pairs.indices where !kept[index] {
            guard used + widths[index] <= width + 2 else { break }
            kept[index] = true
            used += widths[index]
        }
        var runs: [StyledRun] = []
        for index in pairs.indices where kept[index] {
            runs.append(StyledRun((runs.isEmpty ? "" : "  ") + pairs[index].key, style: CellStyle(.title)))
            runs.append(StyledRun(" " + pairs[index].label, style: CellStyle(.dim)))
        }
        return runs
    }
}
