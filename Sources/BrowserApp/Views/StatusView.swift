import DataSources
import TerminalKit

/// The bottom line: the `/` input while editing, else key hints (an overlay's, or the focused pane's) and the
/// request state (in flight, retry countdown, last error, notice).
enum StatusView {
    /// Draws the status line of `state` into `rect`.
    static func render(_ state: AppState, into grid: inout Grid, in rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        if let input = state.input {
            let count = matchSummary(state, input: input)
            let countWidth = count.isEmpty ? 0 : min(rect.width / 2, displayWidth(count) + 1)
            let (field, right) = rect.splitColumns(at: rect.width - countWidth)
            input.field.render(into: &grid, in: field)
            grid.drawText(TextLayout.truncate(" " + count, toWidth: right.width, ellipsis: theme.glyphs.ellipsis), in: right, style: CellStyle(.dim))
            return
        }
        let (text, role, _) = stateText(state, theme: theme)
        let hints = hints(state, messageCut: cutMessage(state) != nil, narrow: rect.width < 60)
        // The help's key names every other: it stays when a narrow line drops the rest.
        let helpKey = state.keyMap.keys(for: .help).first?.description
        let help = hints.last { $0.key == helpKey && $0.label == "help" }
        var room = room(width: rect.width)
        if rect.width < 60, let first = hints.first, first.key == state.keyMap.keys(for: .errorDetail).first?.description {
            // A narrow line keeps room for `e`, which reads the text whole, and for the help after it while half is left.
            func width(_ hint: StatusLine.Hint) -> Int { displayWidth(hint.key + " " + hint.label) }
            let withHelp = rect.width - width(first) - (help.map { width($0) + 2 } ?? 0) - 3
            room = withHelp >= rect.width / 2 ? withHelp : max(rect.width / 2, rect.width - width(first) - 3)
        }
        let shown = TextLayout.truncate(text, toWidth: room, ellipsis: theme.glyphs.ellipsis)
        StatusLine(hints: hints.filter { $0 != help }, pinned: help, state: shown, stateRole: role).render(into: &grid, in: rect, theme: theme)
    }

    /// The columns the state may take: two thirds of a wide line, so the first hints (such as `e error`) stay visible.
    private static func room(width: Int) -> Int {
        width >= 60 ? width * 2 / 3 : width
    }

    /// The status line's messages (a retry's reason, a notice, an account's last test; no error) when the line cuts
    /// them short: `e` then shows them whole.
    static func cutMessage(_ state: AppState) -> String? {
        guard state.input == nil, state.status.shownError == nil else { return nil }
        // Measured with the default glyphs: the ASCII ones (spinner, failure mark) are as wide.
        let (text, _, messages) = stateText(state, theme: Theme())
        return displayWidth(text) > room(width: state.width) && !messages.isEmpty ? messages.joined(separator: "\n") : nil
    }

    /// What `e` shows in place of an error's detail: the status line's messages when it cuts them short, or whole ones
    /// when there is no error to show.
    static func messageForDetail(_ state: AppState) -> String? {
        if let cut = cutMessage(state) { return cut }
        guard state.input == nil, state.status.lastError == nil else { return nil }
        let messages = stateText(state, theme: Theme()).messages
        return messages.isEmpty ? nil : messages.joined(separator: "\n")
    }

    /// "3 of 120" for a filter ("3 of 120 loaded" in the tree, which may not hold every page yet), "2/7" for a search
    /// (nothing until the search has text).
    private static func matchSummary(_ state: AppState, input: InputState) -> String {
        switch input.pane {
        case .accounts: "\(state.accounts.list.matchCount) of \(state.accounts.list.items.count)"
        case .spaces: "\(state.spaces.list.matchCount) of \(state.spaces.list.items.count)"
        case .tree:
            state.titleSearch(for: state.tree.filterList?.filter ?? "") != nil
                ? "none loaded · Enter searches \(state.tree.spaceKey ?? "the space")"
                : state.tree.filterList.map { "\($0.matchCount) of \($0.items.count) loaded" } ?? ""
        case .preview:
            input.field.text.isEmpty ? "" : searchPosition(state.preview.text)
        }
    }

    static func searchPosition(_ text: TextView) -> String {
        guard !text.matches.isEmpty else { return "no match" }
        return "\((text.currentMatch ?? 0) + 1)/\(text.matches.count)"
    }

    /// The right-hand text and its role: retry countdown and requests in flight, then the last error (or a notice);
    /// and the messages in it, the parts besides counts.
    static func stateText(_ state: AppState, theme: Theme) -> (text: String, role: StyleRole, messages: [String]) {
        var parts: [String] = []
        var messages: [String] = []
        var role = StyleRole.dim
        let status = state.status
        if let retry = status.longestRetry(now: state.clock) {
            parts.append("retrying in \(retry.seconds > 0 ? String(retry.seconds) : "<1") s: \(retry.reason)")
            messages.append(parts[parts.count - 1])
            role = .warning
        } else if !status.inFlight.isEmpty {
            let count = status.inFlight.count
            parts.append(theme.glyphs.spinnerFrame(state.spinnerFrame) + " \(Plural.count(count, "request"))")
        }
        if let test = accountTestText(state, theme: theme) {
            parts.append(test)
            messages.append(test)
        }
        if !state.marks.isEmpty {
            parts.append("\(state.marks.count) marked")
        }
        if let error = status.shownError {
            parts.append(theme.glyphs.failed + " " + error.message)
            role = .error
        } else if let notice = status.notice {
            parts.append(notice)
            messages.append(notice)
            if role == .dim { role = .success }
        } else if state.focus == .accounts, let test = selectedAccountTest(state) {
            parts.append("last test \(PreviewHeader.format(test.at)): " + test.sentence)
            messages.append(parts[parts.count - 1])
            if role == .dim { role = test.ok ? .success : .error }
        }
        return (parts.joined(separator: " · "), role, messages)
    }

    /// The account tests running, with the seconds the oldest has taken and the key that stops them; nil when none runs.
    private static func accountTestText(_ state: AppState, theme: Theme) -> String? {
        let tests = state.accounts.testing
        guard !tests.isEmpty else { return nil }
        let started = tests.values.compactMap(\.startedAt).min() ?? state.clock
        let seconds = state.clock >= started ? (state.clock - started) / 1000 : 0
        return "testing \(EnglishList.join(tests.keys.sorted()))\(theme.glyphs.ellipsis) \(seconds) s, "
            + "\(state.keyMap.firstKeyLabel(for: .back)) stops"
    }

    /// The last test of the account selected in the accounts pane, if it was tested.
    private static func selectedAccountTest(_ state: AppState) -> AccountTestOutcome? {
        guard let index = state.accounts.list.selectedID, state.accounts.accounts.indices.contains(index) else { return nil }
        return state.accounts.lastTests[state.accounts.accounts[index].name]
    }

    /// Key hints for what has the keys, most useful first: an overlay's own (none for those drawing theirs), else the focused pane's.
    /// `narrow`: the hint for a cut message says `more`.
    static func hints(_ state: AppState, messageCut: Bool, narrow: Bool) -> [StatusLine.Hint] {
        if let overlay = state.overlay { return hints(overlayCommands(overlay, state), keyMap: state.keyMap) }
        guard state.builder == nil, state.definitions == nil, state.ingestion == nil, state.accounts.form == nil,
              state.accounts.confirmRemove == nil, state.accounts.login == nil else { return [] }
        let commands: [([Command], String)]
        switch state.focus {
        case .accounts:
            commands = (state.accounts.canManage ? [([.open], "spaces"), ([.add], "add"), ([.rename], "edit"), ([.test], "test"), ([.delete], "remove")]
                                                 : [([.open], "spaces")])
                + [([.nextPane], "pane"), ([.help], "help"), ([.quit], "quit")]
        case .spaces: commands = [([.open], "open"), ([.filter], "filter"), ([.filterBuilder], "build"), ([.definitions], "definitions"),
                                  ([.refresh], "refresh"), ([.nextPane], "pane"), ([.help], "help"), ([.quit], "quit")]
        case .tree: commands = [([.open], treeOpenLabel(state)), ([.mark], "mark"), ([.filterBuilder], "build"), ([.left], "collapse"), ([.filter], "filter"),
                                ([.refresh], "refresh"), ([.openURL], "browser"), ([.copyURL], "copy"), ([.help], "help"), ([.quit], "quit")]
        case .preview:
            // Zoom is offered where there is more than one pane to leave.
            let zoom: [([Command], String)] = state.canToggleZoom ? [([.zoom], state.zoomed ? "unzoom" : "zoom")] : []
            // `n` is offered once a search has hits to go through.
            let next: [([Command], String)] = state.preview.text.matches.isEmpty ? [] : [([.nextMatch], "next")]
            commands = [([.filter], "search")] + next + zoom
                + [([.openURL], "browser"), ([.copyURL], "copy"), ([.back], "back"), ([.help], "help"), ([.quit], "quit")]
        }
        let error: [([Command], String)] = state.status.shownError != nil ? [([.errorDetail], "error")]
            : messageCut ? [([.errorDetail], narrow ? "more" : "whole message")] : []
        // A failed load of the focused pane puts its retry first, where a cut line keeps it.
        guard focusedLoadFailed(state) else { return hints(error + commands, keyMap: state.keyMap) }
        return hints(error + [([.refresh], "retry")] + commands.filter { $0.0 != [.refresh] }, keyMap: state.keyMap)
    }

    /// What Enter does on the tree's selected row: expand a collapsed page with children, retry a failed load, else
    /// read the page in the preview.
    private static func treeOpenLabel(_ state: AppState) -> String {
        switch state.tree.model.selectedRow?.kind {
        case .node(let id)?:
            guard let node = state.tree.model.nodes[id], !node.isExpanded, !node.isLeaf else { return "read" }
            return "expand"
        case .failed?: return "retry"
        case .loadingRoots?, nil: return "expand"
        }
    }

    /// Whether the focused pane shows a failed load, which its refresh key asks for again.
    private static func focusedLoadFailed(_ state: AppState) -> Bool {
        switch state.focus {
        case .accounts: false
        case .spaces: state.spaces.phase.isFailed
        case .tree: state.tree.rootsPhase.isFailed
        case .preview: state.preview.phase.isFailed
        }
    }

    /// The keys that work in `overlay`: the help's scroll keys only when it has more rows than it shows.
    private static func overlayCommands(_ overlay: Overlay, _ state: AppState) -> [([Command], String)] {
        switch overlay {
        case .help:
            HelpView.scrolls(state) ? [([.down, .up], "scroll"), ([.pageDown, .pageUp], "page"), ([.back], "close")] : [([.back], "close")]
        case .errorDetail, .notice: [([.back], "close")]
        case .message: [([.copyURL], "copy"), ([.back], "close")]
        }
    }

    /// One hint per entry: the first key of each command, joined by `/`, then the label (commands without a key are left out).
    private static func hints(_ entries: [([Command], String)], keyMap: KeyMap) -> [StatusLine.Hint] {
        entries.compactMap { commands, label in
            let keys = commands.compactMap { keyMap.keys(for: $0).first?.description }
            return keys.isEmpty ? nil : StatusLine.Hint(key: keys.joined(separator: "/"), label: label)
        }
    }
}
