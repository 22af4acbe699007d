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
    /// A hint drawn after the others and kept when they are dropped (the key to the help, which names the rest).
    public var pinned: Hint?
    /// Text on the right (sanitised when drawn).
    public var state: String
    /// Role of the state text (`.error`, `.warning`, ...).
    public var stateRole: StyleRole

    /// Creates a status line.
    public init(hints: [Hint] = [], pinned: Hint? = nil, state: String = "", stateRole: StyleRole = .dim) {
        self.hints = hints
        self.pinned = pinned
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
        func width(_ hint: Hint) -> Int { displayWidth(hint.key) + 1 + displayWidth(hint.label) }
        // The pinned hint's room is kept (with its gap) when it fits beside the first hint, which comes first.
        let pinnedRoom = pinned.map { width($0) + 2 } ?? 0
        var runs: [StyledRun] = []
        var used = 0
        func append(_ hint: Hint) {
            if !runs.isEmpty {
                runs.append(StyledRun("  "))
                used += 2
            }
            runs.append(StyledRun(hint.key, style: CellStyle(.title)))
            runs.append(StyledRun(" " + hint.label, style: CellStyle(.dim)))
            used += width(hint)
        }
        let reserved = (hints.first.map(width) ?? 0) + pinnedRoom <= room ? pinnedRoom : 0
        for hint in hints {
            guard used + (runs.isEmpty ? 0 : 2) + width(hint) <= room - reserved else { break }
            append(hint)
        }
        if let pinned, used + (runs.isEmpty ? 0 : 2) + width(pinned) <= room { append(pinned) }
        grid.drawRuns(runs, in: Rect(x: line.x, y: line.y, width: max(0, room), height: 1))
    }
}
