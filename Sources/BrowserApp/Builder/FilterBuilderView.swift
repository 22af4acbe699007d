import CQL
import DataSources
import TerminalKit

/// Draws the filter builder overlay.
enum FilterBuilderView {
    static func render(_ state: AppState, _ draft: FilterBuilderState, into grid: inout Grid, in screen: Rect, theme: Theme) {
        let layout = BuilderLayout(screen: screen, prompting: draft.namePrompt != nil)
        guard !layout.box.isEmpty else { return }
        grid.fill(layout.box)
        let back = state.keyMap.firstKeyLabel(for: .back)
        // A box too short for a border is all content.
        if layout.framed {
            grid.drawBox(layout.box, border: theme.border, style: CellStyle(.focusedBorder),
                         title: draft.showsOptions ? "Filter builder · loader options · \(back) back" : "Filter builder · \(back) closes")
        }
        grid.drawRuns(TabStrip.runs(FilterMode.allCases.map(\.title), selected: FilterMode.allCases.firstIndex(of: draft.mode) ?? 0,
                                    width: layout.tabs.width), in: layout.tabs)
        let summary = LoaderOption.summary(draft.loaderOptions.values)
        if draft.showsOptions {
            // The options keep rows before their description does.
            let panel = layout.optionsPanel
            let detailRows = panel.height >= 4 ? 2 : panel.height >= 2 ? 1 : 0
            let (rows, detail) = panel.splitRows(at: panel.height - detailRows)
            LoaderOptionsView.render(draft.loaderOptions, note: "Saved with the definition: \(summary).", into: &grid, rows: rows, detail: detail,
                                     ellipsis: theme.glyphs.ellipsis)
        }
        // The options, check and refusal lines wrap into the rows the mode's body leaves empty rather than being cut; a
        // server's refusal may also take the bottom half of the body, so it is read whole.
        var notes: [(text: String, role: StyleRole)] = []
        var free = 0
        var used = 0
        if !draft.showsOptions {
            used = drawBody(state, draft, into: &grid, in: layout.body, layout: layout, theme: theme)
            free = max(0, layout.body.height - used)
            // Without a row of their own, options that are set still show in rows the body leaves empty.
            if !layout.options.isEmpty || !draft.loaderOptions.values.isEmpty {
                notes.append(("Loader options (\(keyLabel(.loaderOptions, state, draft))): \(summary)", .dim))
            }
        }
        let refusal = draft.saveProblem.map { (text: theme.glyphs.failed + " " + $0, role: StyleRole.error) }
        // With rows of their own (the options row shows), a save refusal ends in the save row, or above the name prompt
        // it keeps open for a fix, in the check row instead of the check.
        let stacksRefusal = refusal != nil && !layout.options.isEmpty
        var bottom = layout.check
        if let refusal, stacksRefusal, draft.namePrompt != nil {
            notes.append(refusal)
        } else {
            notes.append(checkNote(state, draft))
            if let refusal, stacksRefusal {
                notes.append(refusal)
                bottom = layout.save
            } else if refusal == nil && draft.namePrompt == nil && draft.saving == nil {
                // The save row has nothing to show: the notes may wrap into it.
                bottom = layout.save
            }
        }
        let top = layout.options.isEmpty || draft.showsOptions ? layout.check.y : layout.options.y
        let failed = notes.contains { $0.role == .error }
        var notesRect = Rect(x: bottom.x, y: top, width: bottom.width, height: bottom.maxY - top)
        var spare = failed ? max(free, layout.body.height / 2) : free
        if layout.save == layout.check && (draft.namePrompt != nil || draft.saving != nil) {
            // The prompt (or its progress) takes the row the notes share with it: they end above it, in a row the body
            // leaves empty, or go, rather than lose their last line to it unmarked.
            notesRect = notesRect.splitRows(at: notesRect.height - 1).top
            if notesRect.isEmpty && spare > 0 {
                notesRect = Rect(x: notesRect.x, y: notesRect.y - 1, width: notesRect.width, height: 1)
                spare -= 1
            }
        }
        // A refused name keeps its prompt open for a fix, so the reason ends in the row above it; with no such row it takes
        // the prompt's row until the next key.
        let refusalTakesSave = refusal != nil && !stacksRefusal && draft.namePrompt != nil && layout.aboveSave.isEmpty
        let refusalRow = refusal == nil || stacksRefusal || refusalTakesSave ? nil : draft.namePrompt == nil ? layout.save : layout.aboveSave
        let refusalRows = min(4, (refusalRow?.y ?? 0) - layout.body.y + 1)
        // Notes or a refusal that take rows the body's text is in: the body is drawn again above them, so it ends in an
        // ellipsis where it is cut (the label list has its own position line).
        var coveredFrom = notesRect.isEmpty ? Int.max : notesRect.maxY - Message.stackedHeight(notes, in: notesRect, spare: spare)
        if let refusal, let refusalRow {
            coveredFrom = min(coveredFrom, refusalRow.maxY - Message.height([refusal.text], in: refusalRow, growingUpTo: refusalRows))
        }
        if !draft.showsOptions && draft.mode != .label && coveredFrom < layout.body.y + used {
            grid.fill(layout.body)
            drawBody(state, draft, into: &grid, in: layout.body.splitRows(at: max(0, coveredFrom - layout.body.y)).top, layout: layout, theme: theme)
        }
        if !notesRect.isEmpty {
            Message.drawStacked(notes, into: &grid, in: notesRect, spare: spare, ellipsis: theme.glyphs.ellipsis)
        }
        if let refusal, refusalTakesSave {
            Message.draw([refusal.text], role: .error, into: &grid, in: layout.save)
        } else {
            drawSave(draft, into: &grid, in: layout.save, theme: theme)
        }
        if let refusal, let refusalRow {
            Message.draw([refusal.text], role: .error, into: &grid, in: refusalRow, growingUpTo: refusalRows)
        }
        grid.drawRuns(OverlayHints.runs(hintPairs(state, draft), width: layout.hints.width), in: layout.hints)
    }

    /// Draws the mode's body in `rect` (label mode in the layout's own rows); returns the rows drawn.
    @discardableResult
    private static func drawBody(_ state: AppState, _ draft: FilterBuilderState, into grid: inout Grid, in rect: Rect,
                                 layout: BuilderLayout, theme: Theme) -> Int {
        switch draft.mode {
        case .space: drawSpace(state, draft, into: &grid, in: rect)
        case .pages: drawPages(state, draft, into: &grid, in: rect, theme: theme)
        case .label: drawLabels(state, draft, into: &grid, layout: layout, theme: theme)
        case .cql: drawCQL(state, draft, into: &grid, in: rect)
        }
    }

    /// Draws space mode's body; returns the rows drawn, as the other modes' drawers do.
    private static func drawSpace(_ state: AppState, _ draft: FilterBuilderState, into grid: inout Grid, in rect: Rect) -> Int {
        guard let key = draft.spaceKey else {
            return Message.draw([draft.missingSelection], role: .dim, into: &grid, in: rect)
        }
        let name = state.spaces.byKey[key]?.name ?? key
        var lines = ["Every current page of the space \(name) (\(key)), listed as the reader lists the space, not searched."]
        if archivedSpace(state, draft) != nil {
            lines.append("\(key) is archived: the reader still lists its pages, but search leaves them out, "
                         + "so a label or CQL filter (\(keyLabel(.toCQL, state, draft)) makes one) selects none of them.")
        }
        return Message.draw(lines, role: .normal, into: &grid, in: rect)
    }

    private static func drawPages(_ state: AppState, _ draft: FilterBuilderState, into grid: inout Grid, in rect: Rect, theme: Theme) -> Int {
        guard !draft.pageIDs.isEmpty else {
            return Message.draw([draft.missingSelection], role: .dim, into: &grid, in: rect)
        }
        let key = state.keyMap.firstKeyLabel(for: .includeDescendants)
        let box = draft.includeDescendants ? "[x]" : "[ ]"
        let folders = draft.folderIDs.count
        let counts = [(draft.pageIDs.count - folders, "marked page"), (folders, "marked folder")].filter { $0.0 > 0 }
        var lines: [[StyledRun]] = [
            [StyledRun(counts.map { Plural.count($0.0, $0.1) }.joined(separator: ", "), style: CellStyle(.title))],
            [StyledRun(box + " include descendants ", style: CellStyle(.normal)), StyledRun("(\(key))", style: CellStyle(.dim))],
        ]
        if draft.includeDescendants {
            lines.append([StyledRun("Descendants are expanded to page ids when you save.", style: CellStyle(.warning))])
        } else if folders > 0 {
            lines.append([StyledRun("A folder stands for every page below it, listed as page ids when you save.", style: CellStyle(.warning))])
        }
        // Each page as marked, with its space: the tree may show another space by now. Pages that do not fit are counted
        // in the last row, when one of them shows (else the first row counts them).
        let room = rect.height - lines.count
        let shown = draft.pageIDs.count <= room ? draft.pageIDs.count : max(0, room - 1)
        for id in draft.pageIDs.prefix(shown) {
            let mark = state.marks.mark(id)
            let title = mark?.title ?? state.tree.model.nodes[id]?.title ?? "page"
            let place = [mark?.spaceKey, id].compactMap { $0 }.joined(separator: " · ")
            let tag = mark?.isArchived == true ? [StyledRun("[archived] ", style: CellStyle(.dim))] : []
            lines.append([StyledRun("  ")] + tag + [StyledRun("\(title) ", style: CellStyle(.normal)), StyledRun(place, style: CellStyle(.dim))])
        }
        if shown > 0 && shown < draft.pageIDs.count {
            lines.append([StyledRun("  +\(draft.pageIDs.count - shown) more", style: CellStyle(.dim))])
        }
        for (row, runs) in lines.prefix(rect.height).enumerated() {
            grid.drawRuns(TextLayout.truncate(runs, toWidth: rect.width, ellipsis: theme.glyphs.ellipsis),
                          in: rect.row(row))
        }
        return min(lines.count, rect.height)
    }

    /// Draws label mode's body, which takes every row of it (the picker's list).
    private static func drawLabels(_ state: AppState, _ draft: FilterBuilderState, into grid: inout Grid, layout: BuilderLayout, theme: Theme) -> Int {
        drawLabelPicker(state, draft, into: &grid, layout: layout, theme: theme)
        return layout.body.height
    }

    private static func drawLabelPicker(_ state: AppState, _ draft: FilterBuilderState, into grid: inout Grid, layout: BuilderLayout, theme: Theme) {
        draft.labelFilter.render(into: &grid, in: layout.body.row(0), focused: draft.namePrompt == nil)
        let scope = draft.spaceKey.map { "space \($0)" } ?? "the site"
        switch draft.labelPhase {
        case .idle, .loading:
            Message.draw([theme.glyphs.spinnerFrame(state.spinnerFrame) + " loading the labels of \(scope)" + theme.glyphs.ellipsis],
                         role: .dim, into: &grid, in: layout.list)
        case .failed(let message):
            Message.draw([theme.glyphs.failed + " " + message], role: .error, into: &grid, in: layout.list)
        case .loaded:
            if let key = archivedSpace(state, draft), draft.labels.items.isEmpty, draft.typedLabel == nil {
                Message.draw(["No labels to list: \(key) is archived, and search, which finds labels as a label filter does, "
                              + "leaves archived spaces out, so a label selects none of its pages. A label typed here selects "
                              + "pages elsewhere on the site."], role: .dim, into: &grid, in: layout.list)
                return
            }
            var list = layout.list
            // The picker offers the labels of the space in view, but a label selects its pages across the whole
            // site (the count key asks the server for that figure): the note says whose counts these are.
            var note: String?
            switch (draft.spaceKey, draft.labelsComplete) {
            case (let key?, true): note = "\(key) counts; a label selects site-wide"
            case (let key?, false): note = "counts from \(key)'s first pages; a label selects site-wide"
            case (nil, false): note = "counts from the site's first pages only"
            case (nil, true): note = nil
            }
            // Below the list: where the selection is, when the labels do not all fit, and while a filter narrows them, how
            // many of all match; then the note.
            let count = draft.labels.matchCount
            let total = draft.labels.items.count
            let selected = (draft.labels.selection ?? 0) + 1
            let position: String? = switch (count > list.height - 1, count < total) {
            case (true, true): "\(selected) of \(count) matching, \(Plural.count(total, "label"))"
            case (true, false): "\(selected) of \(count)"
            case (false, true): "\(count) of \(Plural.count(total, "label")) match"
            case (false, false): nil
            }
            let footer = [position, note].compactMap { $0 }.joined(separator: " · ")
            if !footer.isEmpty, list.height >= 2 {
                // Wrapped into the rows the labels leave empty, at least one, the last cut with an ellipsis.
                let lines = TextLayout.wrap(footer, width: list.width)
                let rows = min(lines.count, max(1, list.height - 1 - count))
                let (top, rest) = list.splitRows(at: list.height - rows)
                list = top
                for (row, line) in TextLayout.fitting(lines, rows: rows, width: rest.width, ellipsis: theme.glyphs.ellipsis).enumerated() {
                    grid.drawText(line, in: rest.row(row), style: CellStyle(.dim))
                }
            }
            if draft.labels.matchCount == 0, draft.labelFilter.text.contains(where: \.isWhitespace) {
                Message.draw([draft.missingSelection], role: .warning, into: &grid, in: list)
                return
            }
            if let typed = draft.typedLabel {
                let elsewhere = archivedSpace(state, draft).map { " (it selects pages site-wide, none in archived \($0))" }
                    ?? draft.spaceKey.map { " (not used in \($0); it selects pages site-wide)" } ?? ""
                Message.draw(["No listed label matches: Enter uses the label \"\(typed)\"\(elsewhere)."], role: .accent, into: &grid, in: list)
                return
            }
            draft.labels.render(into: &grid, in: list, focused: true, theme: theme)
        }
    }

    /// The builder's space when it is archived, whose pages search (labels, CQL) leaves out.
    private static func archivedSpace(_ state: AppState, _ draft: FilterBuilderState) -> String? {
        guard let key = draft.spaceKey, state.spaces.byKey[key]?.isArchived == true else { return nil }
        return key
    }

    private static func drawCQL(_ state: AppState, _ draft: FilterBuilderState, into grid: inout Grid, in rect: Rect) -> Int {
        let line = rect.row(0)
        draft.cql.render(into: &grid, in: line, focused: draft.namePrompt == nil)
        if let first = draft.diagnostics.first {
            underline(first.range, of: draft.cql, in: line, role: first.isError ? .error : .warning, into: &grid)
        }
        let below = rect.splitRows(at: 1).bottom
        if draft.diagnostics.isEmpty {
            let text = TextLayout.trimmingSpaces(draft.cql.text).isEmpty ? "Type a query, e.g. type = page AND label = runbook" : "Valid CQL (checked locally)."
            var lines = [text]
            // Any archived space the query names, not only the builder's.
            let words = Set(draft.cql.text.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "~") }.map(String.init))
            for key in words.sorted() where state.spaces.byKey[key]?.isArchived == true {
                lines.append("\(key) is archived: search leaves its pages out, so a query limited to it selects none of them.")
            }
            // Archived pages marked in the tree that the query names by id (as `c` writes them): search leaves them out too.
            let archived = state.marks.marked.filter { $0.isArchived && words.contains($0.id) }
            if !archived.isEmpty {
                let named = archived.map { "\($0.title ?? "page") (\($0.id))" }
                lines.append("\(EnglishList.join(named)) \(archived.count == 1 ? "is" : "are") archived: search leaves "
                    + "\(archived.count == 1 ? "it" : "them") out, so the query does not select \(archived.count == 1 ? "it" : "them"); "
                    + "the pages tab saves marked pages as ids, which the reader fetches archived or not.")
            }
            return min(1, rect.height) + Message.draw(lines, role: .dim, into: &grid, in: below)
        }
        let lines = draft.diagnostics.map { "\($0.severity.rawValue): \($0.description)" }
        return min(1, rect.height) + Message.draw(lines, role: draft.hasCQLError ? .error : .warning, into: &grid, in: below)
    }

    /// Underlines the text a diagnostic's 1-based scalar columns cover, as the field shows it now.
    static func underline(_ columns: ClosedRange<Int>, of field: LineInput, in line: Rect, role: StyleRole, into grid: inout Grid) {
        let text = field.text
        let indices = CQLColumns.indices(of: columns, in: text)
        let start = displayWidth(String(text[..<indices.lowerBound]))
        let width = max(1, displayWidth(String(text[indices])))
        let promptWidth = field.promptWidth(lineWidth: line.width)
        let fieldRect = Rect(x: line.x + promptWidth, y: line.y, width: line.width - promptWidth, height: 1)
        let skip = field.scrollColumns(fieldWidth: fieldRect.width)
        let area = Rect(x: fieldRect.x + start - skip, y: line.y, width: width, height: 1).intersection(fieldRect)
        grid.restyle(area) { style in
            style = CellStyle(role, background: style.background, attributes: style.attributes.union(.underline))
        }
    }

    /// The check line: the descendant lookup, the count or the server's refusal, in its role.
    private static func checkNote(_ state: AppState, _ draft: FilterBuilderState) -> (text: String, role: StyleRole) {
        let glyphs = state.ascii ? Glyphs.ascii : Glyphs.unicode
        if let expansion = draft.expansion {
            let found = expansion.found > 0 ? " \(Plural.count(expansion.found, "page")) found so far" : ""
            return (glyphs.spinnerFrame(state.spinnerFrame) + " finding the marked \(draft.pageExpansion.subject)" + glyphs.ellipsis + found, .dim)
        }
        switch draft.check {
        case .idle:
            let key = state.keyMap.keys(for: .count).last?.description ?? "Ctrl-T"
            return ("\(key) counts what an ingestion pulls (and checks a query on the server)", .dim)
        case .running:
            return (glyphs.spinnerFrame(state.spinnerFrame) + " counting on the server" + glyphs.ellipsis, .dim)
        case .counted(let count, _):
            return ("\(Plural.count(count, "page")) selected, the count the preview (\(keyLabel(.ingestionPreview, state, draft))) shows.", .success)
        case .failed(let message):
            return (glyphs.failed + " " + message, .error)
        }
    }

    private static func drawSave(_ draft: FilterBuilderState, into grid: inout Grid, in rect: Rect, theme: Theme) {
        if let prompt = draft.namePrompt {
            prompt.render(into: &grid, in: rect)
        } else if draft.saving != nil {
            grid.drawText("saving" + theme.glyphs.ellipsis, in: rect, style: CellStyle(.dim))
        }
    }

    /// The first key that runs `command` in the draft's mode: in the text modes letters are text, so not a letter.
    private static func keyLabel(_ command: Command, _ state: AppState, _ draft: FilterBuilderState) -> String {
        state.keyMap.firstKeyLabel(for: command, typingText: draft.mode.takesText)
    }

    private static func hintPairs(_ state: AppState, _ draft: FilterBuilderState) -> [(key: String, label: String)] {
        if draft.namePrompt != nil {
            return [("Enter", "save"), ("Esc", "cancel")]
        }
        if draft.showsOptions {
            // The panel takes no text, so its letters work in every mode.
            func key(_ command: Command) -> String { state.keyMap.firstKeyLabel(for: command) }
            return [(key(.mark), "cycle"), (key(.save), "save"), (key(.back), "back"), (key(.down), "down"), (key(.up), "up")]
        }
        func key(_ command: Command) -> String { keyLabel(command, state, draft) }
        // In the text modes letters are text, so Enter saves there (Ctrl-S would pause a cbreak terminal).
        let save = draft.mode.takesText ? "Enter" : key(.save)
        // Saving comes first: a narrow line that keeps only a few shows how to save (and, after it, how to close and help).
        var pairs: [(key: String, label: String)] = [(save, "save"), (key(.nextPane), "mode"), (key(.count), "count"),
                                                     (key(.ingestionPreview), "preview")]
        if draft.mode == .pages { pairs.append((key(.includeDescendants), "descendants")) }
        pairs.append((key(.loaderOptions), "options"))
        pairs.append((key(.back), "close"))
        // Last, so a narrow line drops it first: the draft's CQL is also what the CQL mode's tab shows.
        if draft.mode != .cql { pairs.append((key(.toCQL), "to CQL")) }
        // In the text modes `?` is text: F1 opens the help there.
        pairs.append((key(.help), "help"))
        return pairs
    }
}
