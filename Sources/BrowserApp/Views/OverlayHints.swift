import TerminalKit

/// Key hints drawn inside an overlay: whole hints only, in their order. When not all fit, the way out (a hint
/// labelled close, back or cancel), the way to save, the first hint (the overlay's own action) and the way to the help
/// are kept in that order while they fit, and the others are taken in order up to the first that does not.
enum OverlayHints {
    /// The labels of the hints kept before the first hint and the help: those that leave an overlay or a step of it,
    /// and save what it holds.
    private static let keptFirst: [Set<String>] = [["close", "back", "cancel"], ["save"]]

    /// The runs of the hints that fit in `width` columns.
    static func runs(_ pairs: [(key: String, label: String)], width: Int) -> [StyledRun] {
        // What a hint takes after the one before it (the gap included, so the first is over-counted by two).
        let widths = pairs.map { displayWidth("  " + $0.key + " " + $0.label) }
        var kept = pairs.map { _ in false }
        var used = 0
        func keep(_ index: Int) -> Bool {
            guard used + widths[index] <= width + 2 else { return false }
            kept[index] = true
            used += widths[index]
            return true
        }
        for labels in keptFirst {
            for index in pairs.indices where labels.contains(pairs[index].label) { _ = keep(index) }
        }
        if !pairs.isEmpty && !kept[0] { _ = keep(0) }
        for index in pairs.indices where pairs[index].label == "help" && !kept[index] { _ = keep(index) }
        for index in pairs.indices where !kept[index] {
            guard keep(index) else { break }
        }
        var runs: [StyledRun] = []
        for index in pairs.indices where kept[index] {
            runs.append(StyledRun((runs.isEmpty ? "" : "  ") + pairs[index].key, style: CellStyle(.title)))
            runs.append(StyledRun(" " + pairs[index].label, style: CellStyle(.dim)))
        }
        return runs
    }
}
