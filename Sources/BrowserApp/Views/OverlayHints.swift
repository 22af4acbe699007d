import TerminalKit

/// Key hints drawn inside an overlay: whole hints only, dropped from the end when they do not fit.
enum OverlayHints {
    /// The runs of the hints that fit in `width` columns.
    static func runs(_ pairs: [(key: String, label: String)], width: Int) -> [StyledRun] {
        var runs: [StyledRun] = []
        var used = 0
        for pair in pairs {
            let gap = runs.isEmpty ? "" : "  "
            let needed = displayWidth(gap + pair.key + " " + pair.label)
            guard used + needed <= width else { break }
            runs.append(StyledRun(gap + pair.key, style: CellStyle(.title)))
            runs.append(StyledRun(" " + pair.label, style: CellStyle(.dim)))
            used += needed
        }
        return runs
    }
}
