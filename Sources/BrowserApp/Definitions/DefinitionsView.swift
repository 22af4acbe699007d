import DataSources
import TerminalKit

/// Draws the definitions overlay: the list with details, the loader options panel or the export view; prompts, messages
/// and the delete dialog.
enum DefinitionsView {
    static func render(_ state: AppState, _ view: DefinitionsState, into grid: inout Grid, in screen: Rect, theme: Theme) {
        let line = view.messageLine(failedMark: theme.glyphs.failed)
        let layout = DefinitionsLayout(screen: screen, view: view, failedMark: theme.glyphs.failed)
        guard !layout.box.isEmpty else { return }
        grid.fill(layout.box)
        let back = state.keyMap.firstKeyLabel(for: .back)
        let title = view.export.map { "Export \($0.definition.name) · \(back) back" }
            ?? view.options.map { "Loader options of \($0.name) · \(back) back" }
            ?? (state.definitionsLastUntilExit ? "Definitions (they end with this session) · \(back) closes" : "Definitions · \(back) closes")
        // A box too small for a border is all content (`Layout.inside`).
        if Layout.hasBorder(layout.box) {
            // The list's position shows when it holds more definitions than its rows, and the export's how far it is
            // scrolled when it holds more lines, as a pane's do.
            let position = if let export = view.export {
                PaneTitle.scrolled(export.text, rows: state.exportTextRect(export).height)
            } else if view.options == nil {
                PaneTitle.position(selection: view.list.selection, count: view.list.matchCount, rows: layout.list.height)
            } else {
                String?.none
            }
            grid.drawBox(layout.box, border: theme.border, style: CellStyle(.focusedBorder), title: title, footer: position)
        }
        if let export = view.export {
            renderExport(state, export, into: &grid, layout: layout)
        } else if let editor = view.options?.editor {
            let note = editor.isEdited ? "Not saved yet (\(state.keyMap.firstKeyLabel(for: .save)) saves): \(LoaderOption.summary(editor.values))." : nil
            LoaderOptionsView.render(editor, note: note, into: &grid, rows: layout.body, detail: layout.detail,
                                     ellipsis: theme.glyphs.ellipsis)
        } else {
            renderList(state, view, into: &grid, layout: layout, theme: theme)
        }
        if view.pending != nil {
            grid.drawText(theme.glyphs.spinnerFrame(state.spinnerFrame) + " working" + theme.glyphs.ellipsis, in: layout.message, style: CellStyle(.dim))
        } else if let line, let message = view.message {
            Message.draw([line], role: message.failed ? .error : .success, into: &grid, in: layout.message)
        }
        view.prompt?.field.render(into: &grid, in: layout.prompt)
        grid.drawRuns(OverlayHints.runs(hints(state, view), width: layout.hints.width), in: layout.hints)
        if let confirm = view.confirm {
            confirm.dialog.render(into: &grid, in: screen, theme: theme)
        }
    }

    private static func renderList(_ state: AppState, _ view: DefinitionsState, into grid: inout Grid, layout: DefinitionsLayout, theme: Theme) {
        if view.list.items.isEmpty, view.phase == .idle || view.phase.pendingToken != nil {
            Message.draw([theme.glyphs.spinnerFrame(state.spinnerFrame) + " reading the definitions" + theme.glyphs.ellipsis],
                         role: .dim, into: &grid, in: layout.list)
            return
        }
        if case .failed(let message) = view.phase {
            Message.draw([theme.glyphs.failed + " " + message], role: .error, into: &grid, in: layout.list)
            return
        }
        if view.list.items.isEmpty {
            let key = state.keyMap.firstKeyLabel(for: .filterBuilder)
            Message.draw(["No definitions yet. Build one with \(key) from the spaces or pages pane."] + view.problems,
                         role: .dim, into: &grid, in: layout.list)
            return
        }
        view.list.render(into: &grid, in: layout.list, focused: true, theme: theme)
        var lines: [String] = []
        if let definition = view.selected {
            // A name the list cuts short is read whole here: names that differ only in their ends look alike there.
            if view.list.selectedTitleIsCut(width: layout.list.width) { lines.append(definition.name) }
            lines.append(definition.selector.map { "selects " + $0.readerSelection } ?? "selector: not exactly one")
            // A hand edit the CLI refuses says so before its site, as count and preview refuse it.
            let problems = DefinitionsState.problems(of: definition, besidesSelectorCount: true)
            if !problems.isEmpty { lines.append("not valid: " + problems.joined(separator: "; ")) }
            var where_ = definition.component.shownServerURL
            if let account = definition.account {
                where_ = "account \(account)\(state.accounts.isRemoved(account) ? " (removed)" : "") · " + where_
            }
            lines.append(where_)
            lines.append("loader options: " + LoaderOption.summary(definition.component.loaderOptions))
            if let preview = definition.lastPreview {
                lines.append("last preview: \(Plural.count(preview.count, "page")) at \(PreviewHeader.format(preview.at))")
            } else {
                lines.append("not previewed yet")
            }
            if let written = view.namesInFiles[definition.name] {
                lines.append("its file holds the name \"\(written)\"; it goes by its file name, \(definition.name)")
            }
        }
        if let problem = view.problems.first {
            let more = view.problems.count > 1
                ? " (and \(Plural.count(view.problems.count - 1, "more file")); \(state.keyMap.firstKeyLabel(for: .errorDetail)) shows them all)" : ""
            lines.append("unreadable: " + problem + more)
        }
        // Wrapped, not cut: details longer than their rows (a long query) also take the list's empty rows above them,
        // which are all they get on a screen too short for rows of their own.
        let spare = max(0, layout.list.height - view.list.matchCount)
        let detail = layout.detail.isEmpty && spare > 0 ? layout.list.row(layout.list.height - 1) : layout.detail
        Message.draw(lines, role: .dim, into: &grid, in: detail, growingUpTo: layout.detail.height + spare)
    }

    private static func renderExport(_ state: AppState, _ export: DefinitionsState.Export, into grid: inout Grid, layout: DefinitionsLayout) {
        let formats = ExportFormat.allCases
        grid.drawRuns(TabStrip.runs(formats.map(\.rawValue), selected: formats.firstIndex(of: export.format) ?? 0, width: layout.body.width),
                      in: layout.body.row(0))
        if let failure = export.failure {
            // Wrapped to be read whole; nothing was exported, so nothing is said about what the export holds.
            Message.draw([failure], role: .error, into: &grid, in: layout.body.splitRows(at: 1).bottom)
            return
        }
        let notes = state.exportNotes(export)
        let rects = layout.export(notes: notes)
        export.text.render(into: &grid, in: rects.text)
        Message.draw(notes, role: .dim, into: &grid, in: rects.notes, growingUpTo: rects.notes.height)
    }

    private static func hints(_ state: AppState, _ view: DefinitionsState) -> [(key: String, label: String)] {
        func key(_ command: Command) -> String { state.keyMap.firstKeyLabel(for: command) }
        let pairs: [(key: String, label: String)]
        if view.prompt != nil {
            pairs = [("Enter", "ok"), ("Esc", "cancel")]
        } else if let confirm = view.confirm {
            if case .delete = confirm.action { pairs = [("y", "delete"), ("n", "cancel")] } else { pairs = [("y", "save"), ("n", "cancel")] }
        } else if let export = view.export, export.failure != nil {
            pairs = [(key(.nextPane), "format"), (key(.back), "back"), (key(.help), "help")]
        } else if let export = view.export {
            let project: [(key: String, label: String)] = export.format == .llamaCloudJSON ? [] : [(key(.projectID), "project id")]
            pairs = [(key(.nextPane), "format"), (key(.writeFile), "write file")] + project + [(key(.back), "back"),
                     (key(.copyURL), "copy"), (key(.down), "scroll"), (key(.help), "help")]
        } else if view.options != nil {
            pairs = [(key(.mark), "cycle"), (key(.save), "save"), (key(.back), "cancel"), (key(.down), "down"), (key(.up), "up"),
                     (key(.help), "help")]
        } else if view.list.items.isEmpty {
            // Nothing to act on: closing, or reading the folder again.
            pairs = [(key(.back), "close"), (key(.refresh), "reload")]
        } else {
            let failed: [(key: String, label: String)] = view.message?.failed == true ? [(key(.errorDetail), "whole error")] : []
            let move: [(key: String, label: String)] = view.selected.flatMap(state.move(for:)) != nil ? [(key(.save), "save again")] : []
            // What a definition is for first (export, count, preview), then its upkeep.
            pairs = failed + move + [(key(.open), "export"), (key(.count), "count"), (key(.ingestionPreview), "preview"),
                                     (key(.loaderOptions), "options"), (key(.back), "close"), (key(.rename), "rename"),
                                     (key(.duplicate), "duplicate"), (key(.delete), "delete"), (key(.refresh), "reload"), (key(.help), "help")]
        }
        return pairs
    }
}
