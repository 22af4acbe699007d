import DataSources
import TerminalKit

/// Draws the ingestion preview overlay: the selection and count, the progress bar or the report, the listed pages
/// and the selected page rendered beside them.
enum IngestionView {
    static func render(_ state: AppState, _ view: IngestionState, into grid: inout Grid, in screen: Rect, theme: Theme) {
        let layout = IngestionLayout(screen: screen)
        guard !layout.box.isEmpty else { return }
        grid.fill(layout.box)
        let back = state.keyMap.firstKeyLabel(for: .back)
        let closing = view.pass.pendingToken == nil ? "\(back) closes" : "\(back) cancels the pass"
        // A box too small for a border is all content (`Layout.inside`).
        if Layout.hasBorder(layout.box) {
            grid.drawBox(layout.box, border: theme.border, style: CellStyle(.focusedBorder),
                         title: (view.titleSearch.map { "Title search · \($0)" } ?? "Ingestion preview · \(view.name)") + " · \(closing)")
        }
        let lines = [countLine(state, view, width: layout.summary.width, theme: theme)] + passLines(state, view, width: layout.summary.width, theme: theme)
        for (row, runs) in lines.prefix(layout.summary.height).enumerated() {
            grid.drawRuns(TextLayout.truncate(runs, toWidth: layout.summary.width, ellipsis: theme.glyphs.ellipsis), in: layout.summary.row(row))
        }
        var titleRow = layout.listTitle
        // Where the selection is, at the title's right, when the pages do not all fit.
        if view.list.matchCount > layout.list.height {
            let position = " \((view.list.selection ?? 0) + 1) of \(view.list.matchCount)"
            let width = displayWidth(position)
            if titleRow.width > width + 10 {
                let (title, right) = titleRow.splitColumns(at: titleRow.width - width)
                grid.drawText(position, in: right, style: CellStyle(.dim))
                titleRow = title
            }
        }
        grid.drawText(TextLayout.truncate(listTitle(state, view), toWidth: titleRow.width, ellipsis: theme.glyphs.ellipsis), in: titleRow,
                      style: CellStyle(.title, attributes: .bold))
        renderList(state, view, into: &grid, layout: layout, theme: theme)
        if !layout.preview.isEmpty {
            grid.fill(layout.separator, with: theme.border.glyphs.vertical, style: CellStyle(.border))
            let title = view.list.items.first { $0.id == view.preview.targetID }?.title
            PreviewView.render(view.preview, title: title, in: .ingestion, state: state, into: &grid, in: layout.preview,
                               theme: theme)
        }
        grid.drawRuns(OverlayHints.runs(hints(state, view), width: layout.hints.width), in: layout.hints)
    }

    /// `space ENG · 42 pages selected`, or the quick look's load, in `width` columns: a long selection (CQL) is cut so
    /// the count stays whole.
    private static func countLine(_ state: AppState, _ view: IngestionState, width: Int, theme: Theme) -> [StyledRun] {
        let runs = countRuns(state, view, theme: theme)
        guard let selection = runs.first else { return runs }
        let rest = runs.dropFirst().reduce(0) { $0 + displayWidth($1.text) }
        let room = max(min(displayWidth(selection.text), 8), width - rest)
        return [StyledRun(TextLayout.truncate(selection.text, toWidth: room, ellipsis: theme.glyphs.ellipsis), style: selection.style)]
            + runs.dropFirst()
    }

    /// The count line's runs, the selection first.
    private static func countRuns(_ state: AppState, _ view: IngestionState, theme: Theme) -> [StyledRun] {
        let selection = view.selector.description
        switch view.quickPhase {
        case .loaded:
            let total = view.quick?.total ?? 0
            // The ids not found are named while they are few: the list below cannot show what the site did not return.
            let missing = view.quick?.missing ?? []
            let named = missing.count <= 3 ? " (" + missing.joined(separator: ", ") + ")" : ""
            let notFound = missing.isEmpty ? [] : [StyledRun(" · \(missing.count) not found" + named, style: CellStyle(.error))]
            let notPages = view.quick?.notPages.count ?? 0
            let noText = notPages == 0 ? [] : [StyledRun(" · \(notPages) no page", style: CellStyle(.warning))]
            // A title search finds pages rather than selecting them for an ingestion.
            let found = view.titleSearch == nil ? "\(Plural.count(total, "page")) selected"
                : total == 1 ? "1 page matches" : "\(Plural.grouped(total)) pages match"
            return [StyledRun(selection, style: CellStyle(.title, attributes: .bold)), StyledRun(" · " + found)] + notFound + noText
        case .failed(let message):
            return [StyledRun(selection, style: CellStyle(.title)), StyledRun(" · " + theme.glyphs.failed + " " + message, style: CellStyle(.error))]
        case .idle, .loading:
            return [StyledRun(selection, style: CellStyle(.title, attributes: .bold)),
                    StyledRun(" · " + theme.glyphs.spinnerFrame(state.spinnerFrame) + " counting" + theme.glyphs.ellipsis, style: CellStyle(.dim))]
        }
    }

    /// The pass's rows: the invitation, the progress bar and speed, or the report's figures.
    private static func passLines(_ state: AppState, _ view: IngestionState, width: Int, theme: Theme) -> [[StyledRun]] {
        func key(_ command: Command) -> String { state.keyMap.firstKeyLabel(for: command) }
        switch view.pass {
        case .idle:
            if view.holdsNoPages { return [[StyledRun("Nothing for a full pass to measure.", style: CellStyle(.dim))]] }
            return [[StyledRun(key(.fullPass), style: CellStyle(.title)),
                     StyledRun(" runs the full pass: every page's body read and measured.", style: CellStyle(.dim))]]
        case .running(_, let progress), .cancelling(_, let progress):
            var speed = ProgressBar.speed(progress)
            if case .cancelling = view.pass { speed += " · cancelling" + theme.glyphs.ellipsis }
            return [ProgressBar.runs(progress, width: width), [StyledRun(speed, style: CellStyle(.dim))]]
        case .failed(let message):
            return [[StyledRun(theme.glyphs.failed + " The full pass failed: " + message, style: CellStyle(.error))]]
        case .cancelled(nil, _):
            return [[StyledRun("Cancelled before any page was measured.", style: CellStyle(.warning))]]
        case .finished(let report), .cancelled(let report?, _):
            return reportLines(report, cancelled: view.pass != .finished(report), errorKey: key(.errorDetail), width: width)
        }
    }

    /// The report in three rows: pages, characters, tokens and time; failures and skipped items; requests. When the
    /// figures do not fit beside the pages in `width` columns, they take the second row, and the requests follow the
    /// failures (the last to be cut).
    private static func reportLines(_ report: IngestReport, cancelled: Bool, errorKey: String, width: Int) -> [[StyledRun]] {
        let pages = Plural.count(report.pageCount, "page")
        let ofExpected = report.expectedCount.map { " of \(Plural.grouped($0))" } ?? ""
        let stopped = !cancelled && !report.complete
        let (headline, role): (String, StyleRole) = cancelled ? ("Cancelled after \(pages)\(ofExpected) (partial): ", .warning)
            : stopped ? ("Partial: \(pages)\(ofExpected), the listing stopped: ", .error)
            : ("Full pass: \(pages) · ", .success)
        let figures = "\(Plural.grouped(report.totalCharacters)) characters · ~\(Plural.grouped(report.estimatedTokens)) tokens"
            + " · " + ProgressBar.elapsed(report.elapsedSeconds)
        let requests = "\(Plural.count(report.requests, "request")) · \(Plural.count(report.retries, "retry", plural: "retries"))"
            + (report.rateLimitWaits > 0
                ? " · \(Plural.count(report.rateLimitWaits, "rate-limit wait"))" + String(format: " (%.1f s)", report.rateLimitWaitSeconds) : "")
        let headlineStyle = CellStyle(role, attributes: .bold)
        let problemsStyle = CellStyle(report.failedPages.isEmpty && !stopped ? .dim : .error)
        let problems = problemSentence(report, stopped: stopped, errorKey: errorKey, brief: false)
        guard displayWidth(headline + figures) > width else {
            return [[StyledRun(headline, style: headlineStyle), StyledRun(figures)], [StyledRun(problems, style: problemsStyle)],
                    [StyledRun(requests, style: CellStyle(.dim))]]
        }
        // Alone on its row the headline keeps its colon but not a trailing ` · `. The requests share the problems' row,
        // which is said briefly when that makes room for them.
        let alone = headline.hasSuffix(" · ") ? String(headline.dropLast(3)) : String(headline.dropLast())
        let shared = displayWidth(problems + " · " + requests) <= width ? problems
            : problemSentence(report, stopped: stopped, errorKey: errorKey, brief: true)
        return [[StyledRun(alone, style: headlineStyle)], [StyledRun(figures)],
                [StyledRun(shared, style: problemsStyle), StyledRun(" · " + requests, style: CellStyle(.dim))]]
    }

    /// What failed and what was skipped (`brief`: counts alone), after why the listing stopped when it did.
    private static func problemSentence(_ report: IngestReport, stopped: Bool, errorKey: String, brief: Bool) -> String {
        var problems: [String] = []
        if stopped { problems.append((report.listingError ?? "no reason given") + " (\(errorKey) shows it whole)") }
        let failed = report.failedPages.count
        let skipped = report.skipped.reduce(0) { $0 + $1.count }
        if brief {
            problems += ["\(failed) failed", "\(skipped) skipped"]
            if let unnamed = report.unnamedUsers { problems.append("\(unnamed.count) unnamed") }
        } else {
            problems.append(failed == 0 ? "none failed to load" : "\(failed) failed to load")
            let reasons = report.skipped.map { $0.reason.replacingOccurrences(of: "_", with: " ") }.joined(separator: ", ")
            problems.append(skipped == 0 ? "nothing skipped" : "\(skipped) skipped (\(reasons))")
            if let unnamed = report.unnamedUsers {
                problems.append("\(Plural.count(unnamed.count, "mentioned user")) unnamed (the user lookup failed)")
            }
        }
        return problems.joined(separator: " · ")
    }

    /// What the list shows.
    private static func listTitle(_ state: AppState, _ view: IngestionState) -> String {
        let other = state.keyMap.firstKeyLabel(for: .nextPane)
        switch view.listing {
        case .first:
            guard case .loaded = view.quickPhase else { return "First pages, with space and breadcrumb" }
            let shown = view.quick?.first.count ?? 0
            let switchHint = view.pass.report == nil ? "" : " · \(other): largest pages"
            let matching = view.titleSearch == nil ? "" : "matching "
            guard shown > 0 else { return "No \(matching)pages" + switchHint }
            return "First \(shown) of \(Plural.grouped(view.quick?.total ?? shown)) \(matching)pages, with space and breadcrumb" + switchHint
        case .report:
            let largest = view.pass.report?.largestPages.count ?? 0
            let failed = view.pass.report?.failedPages.count ?? 0
            let pages = largest == 0 && failed == 0 ? "No pages" : "Largest \(Plural.count(largest, "page"))"
            return pages + (failed > 0 ? ", then \(failed) that failed" : "") + " · \(other): first pages"
        }
    }

    private static func renderList(_ state: AppState, _ view: IngestionState, into grid: inout Grid, layout: IngestionLayout, theme: Theme) {
        if view.list.items.isEmpty {
            let text: String
            switch (view.listing, view.quickPhase) {
            case (.first, .loaded): text = view.titleSearch == nil ? "The selection holds no pages." : "No page title in the space begins with those words."
            case (.first, .failed): text = "The first pages could not be listed; r asks again."
            case (.first, _): text = theme.glyphs.spinnerFrame(state.spinnerFrame) + " listing the first pages" + theme.glyphs.ellipsis
            case (.report, _): text = "The pass measured no pages."
            }
            Message.draw([text], role: .dim, into: &grid, in: layout.list)
            return
        }
        view.list.render(into: &grid, in: layout.list, focused: true, theme: theme)
    }

    private static func hints(_ state: AppState, _ view: IngestionState) -> [(key: String, label: String)] {
        func key(_ command: Command) -> String { state.keyMap.firstKeyLabel(for: command) }
        if view.pass.pendingToken != nil {
            return [(key(.back), "cancel the pass"), (key(.down), "next page"), (key(.up), "previous page"), (key(.help), "help")]
        }
        var pairs: [(key: String, label: String)] = []
        if !(view.pass == .idle && view.holdsNoPages) { pairs.append((key(.fullPass), view.pass == .idle ? "full pass" : "run again")) }
        pairs.append((key(.down) + "/" + key(.up), "page"))
        if !view.list.items.isEmpty { pairs.append((key(.open), "show in tree")) }
        if view.preview.page != nil { pairs.append((key(.halfPageDown) + "/" + key(.halfPageUp), "scroll it")) }
        if view.pass.report != nil { pairs.append((key(.nextPane), "largest / first")) }
        if view.quickPhase.isFailed { pairs.append((key(.refresh), "count again")) }
        // The count or the pass failed here: its line may cut the sentence, which `e` shows whole however often it is read.
        if state.status.lastError != nil && (view.quickPhase.isFailed || view.pass.isFailed || state.status.shownError != nil) {
            pairs.append((key(.errorDetail), "whole error"))
        }
        pairs.append((key(.back), "close"))
        pairs.append((key(.help), "help"))
        return pairs
    }
}
