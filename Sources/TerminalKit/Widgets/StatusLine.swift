/// The bottom line: key hints on the left, the request state or last error on the right.
public struct StatusLine: Hashable, Sendable {
    /// One key hint, drawn as the key in the title role followed by its label.
    public struct Hint: Hashable, Sendable {
        /// The key, as the user types it (`/`, `Enter`).
        public let key: String
        /// What the key does.
        public let label: String

        /// Creates a hint.
        public init(key: String, label: String) {
            self.key = key
            self.label = label
        }
    }

    /// Hints in priority order; those that do not fit are dropped from the end.
    public var hints: [Hint]
    /// Text on the right (sanitised when drawn).
    public var state: String
    /// Role of the state text (`.error`, `.warning`, ...).
    public var stateRole: StyleRole

    /// Creates a status line.
    public init(hints: [Hint] = [], state: String = "", stateRole: StyleRole = .dim) {
        self.hints = hints
        self.state = state
        self.stateRole = stateRole
    }

    /// Draws into the first row of `rect`. The state wins space over the hints; whole hints are
    /// dropped rather than cut.
    public func render(into grid: inout Grid, in rect: Rect, theme: Theme) {
        let line = rect.row(0)
        grid.fill(line)
        guard !line.isEmpty else { return }
        let stateText = TextLayout.truncate(Sanitizer.clean(state), toWidth: line.width, ellipsis: theme.glyphs.ellipsis)
        let stateWidth = displayWidth(stateText)
        if stateWidth > 0 {
            grid.drawText(stateText, in: Rect(x: line.maxX - stateWidth, y: line.y, width: stateWidth, height: 1),
                          style: CellStyle(stateRole))
        }
        // Three columns part the state from the hints, one more than part two hints, so it never reads as a hint's label.
        let room = line.width - stateWidth - (stateWidth > 0 ? 3 : 0)
        var runs: [StyledRun] = []
        var used = 0
        for hint in hints {
            let gap = runs.isEmpty ? 0 : 2
            let width = displayWidth(hint.key) + 1 + displayWidth(hint.label)
            guard used + gap + width <= room else { break }
            if gap > 0 { runs.append(StyledRun("  ")) }
            runs.append(StyledRun(hint.key, style: CellStyle(.title)))
            runs.append(StyledRun(" " + hint.label, style: CellStyle(.dim)))
            used += gap + width
        }
        grid.drawRuns(runs, in: Rect(x: line.x, y: line.y, width: max(0, room), height: 1))
    }
}
