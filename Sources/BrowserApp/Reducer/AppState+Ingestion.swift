import DataSources
import TerminalKit

/// The ingestion preview overlay: quick look, full pass with progress and cancel, the report, the listed page rendered.
extension AppState {
    /// Opens the overlay on `selector` and asks for its quick look; the counts it measures for a saved `definition`
    /// are recorded in it.
    mutating func openIngestion(name: String, selector: ConfluenceDataSource.Selector, definition: String? = nil) -> [Effect] {
        let token = nextToken()
        ingestion = IngestionState(name: name, selector: selector, token: token)
        ingestion?.definition = definition
        return [.quickIngestionPreview(selector, token: token)]
    }

    /// Where the overlay's parts go at the current size.
    var ingestionLayout: IngestionLayout {
        IngestionLayout(screen: Rect(x: 0, y: 0, width: width, height: max(0, height - 1)))
    }

    /// Keys while the overlay is open: Esc cancels a running pass (else closes), `F` runs the pass, Tab switches lists,
    /// `r` counts again, `e` shows the last error whole, Enter shows the listed page in the tree.
    mutating func handleIngestionKey(_ key: Key) -> [Effect] {
        guard var view = ingestion else { return [] }
        let command = keyMap.command(for: key)
        let rows = max(1, ingestionLayout.list.height)
        switch command {
        case .back?:
            switch view.pass {
            case .running(let token, let progress):
                view.pass = .cancelling(token, progress)
                ingestion = view
                return [.cancelFullPass]
            case .cancelling:
                return []
            default:
                return closeIngestion()
            }
        case .quit?, .ingestionPreview?:
            return closeIngestion()
        case .help?:
            overlay = .help(offset: 0)
            return []
        case .fullPass?:
            guard view.pass.pendingToken == nil, !(view.pass == .idle && view.holdsNoPages) else { return [] }
            let token = nextToken()
            view.pass = .running(token, nil)
            // The last report's largest pages are not this pass's: the first pages show until its report arrives, and the
            // page beside them follows.
            if view.listing == .report { view.showListing(.first, rows: rows) }
            return [.startFullPass(view.selector, token: token)] + ingestionFollowSelection(&view)
        case .nextPane?, .previousPane?:
            guard view.pass.report != nil else { return [] }
            view.showListing(view.listing == .first ? .report : .first, rows: rows)
        case .down?: view.list.moveSelection(by: 1, viewportHeight: rows)
        case .up?: view.list.moveSelection(by: -1, viewportHeight: rows)
        case .pageDown?: view.list.moveSelection(by: rows, viewportHeight: rows)
        case .pageUp?: view.list.moveSelection(by: -rows, viewportHeight: rows)
        case .halfPageDown?, .halfPageUp?:
            // The list moves with j/k and the page keys; the page beside it scrolls by half its height.
            let body = ingestionLayout.previewBody(headerRows: view.preview.headerRows(width: ingestionLayout.preview.width))
            let half = max(1, body.height / 2)
            view.preview.text.scroll(by: command == .halfPageDown ? half : -half, viewportHeight: body.height)
            ingestion = view
            return []
        case .refresh?:
            view.preview = PreviewState()
            let reload = ingestionFollowSelection(&view)
            return countAgain() + reload
        case .errorDetail?:
            if status.lastError != nil { overlay = .errorDetail }
            return []
        case .top?: view.list.selectFirst(viewportHeight: rows)
        case .bottom?: view.list.selectLast(viewportHeight: rows)
        case .open?:
            guard let id = view.list.selectedID, view.pass.pendingToken == nil else { return [] }
            if let page = view.preview.page, page.id == id { return reveal(page) }
            // The page is still loading (or failed): it is shown in the tree when it arrives.
            view.revealWhenLoaded = id
            status.notice = "Loading \"\(view.list.selectedItem?.title ?? id)\" to show it in the tree…"
            if case .failed = view.preview.phase { view.preview = PreviewState() }
        default:
            return []
        }
        return ingestionFollowSelection(&view)
    }

    /// Asks for the quick look again (the count and first pages), keeping the pass and its report.
    private mutating func countAgain() -> [Effect] {
        guard var view = ingestion, view.quickPhase.pendingToken == nil else { return [] }
        let token = nextToken()
        view.quickPhase = .loading(token)
        ingestion = view
        return [.quickIngestionPreview(view.selector, token: token)]
    }

    /// Closes the overlay, stopping its pass; the main preview reloads if the overlay's page loads superseded it.
    mutating func closeIngestion() -> [Effect] {
        let stop: [Effect] = ingestion?.pass.pendingToken != nil ? [.cancelFullPass] : []
        ingestion = nil
        return stop + [.cancelPageLoad] + (preview.phase.pendingToken != nil ? reloadPreview() : [])
    }

    /// Points the overlay's preview at the selected page (loaded after the debounce, as the pane does).
    private mutating func ingestionFollowSelection(_ view: inout IngestionState) -> [Effect] {
        defer { ingestion = view }
        guard let id = view.list.selectedID, id != view.preview.targetID else { return [] }
        view.preview = PreviewState()
        view.preview.targetID = id
        // A folder (or whiteboard) selected by id or CQL has no body to load: the pane says what it is.
        let kind = view.quick?.first.first { $0.id == id }.map { ItemKind(typeName: $0.kind.rawValue) } ?? .page
        view.preview.targetKind = kind
        guard kind.hasBody else {
            view.preview.phase = .loaded
            return [.cancelPageLoad]
        }
        let token = nextToken()
        view.preview.phase = .loading(token)
        return [.loadPage(pageID: id, token: token, delayMilliseconds: previewDelayMilliseconds)]
    }

    /// The quick look arrived: its pages are listed and the first is shown.
    mutating func ingestionQuickLoaded(token: RequestToken, _ result: Result<IngestQuickLook, BackendError>) -> [Effect] {
        guard var view = ingestion, view.quickPhase.pendingToken == token else { return [] }
        switch result {
        case .success(let look):
            view.quick = look
            view.quickPhase = .loaded
            let record = view.definition.map { recordPreview(look.total, in: $0) } ?? []
            guard view.listing == .first else {
                ingestion = view
                return record
            }
            view.showListing(.first, rows: max(1, ingestionLayout.list.height))
            return record + ingestionFollowSelection(&view)
        case .failure(let error):
            view.quickPhase = .failed(error.message)
            ingestion = view
            report(error, doing: "count what \(view.name) selects")
            return []
        }
    }

    /// The pass moved on; progress of an older pass is dropped.
    mutating func fullPassProgress(token: RequestToken, _ progress: IngestProgress) {
        guard var view = ingestion else { return }
        switch view.pass {
        case .running(token, _): view.pass = .running(token, progress)
        case .cancelling(token, _): view.pass = .cancelling(token, progress)
        default: return
        }
        ingestion = view
    }

    /// The pass ended: the report (whole, or partial and labelled cancelled) is listed, or the failure shown.
    mutating func fullPassEnded(token: RequestToken, _ outcome: FullPassOutcome) -> [Effect] {
        guard var view = ingestion, view.pass.pendingToken == token else { return [] }
        var recorded: [Effect] = []
        switch outcome {
        case .finished(let report):
            view.pass = .finished(report)
            if !report.complete, let error = report.listingError {
                self.report(BackendError(message: error), doing: "list every page \(view.name) selects")
            } else if let name = view.definition {
                recorded = recordPreview(report.pageCount, in: name)
            }
        case .cancelled(let report):
            view.pass = .cancelled(report, view.pass.progress)
        case .failed(let error):
            view.pass = .failed(error.message)
        }
        guard view.pass.report != nil else {
            ingestion = view
            return recorded
        }
        view.showListing(.report, rows: max(1, ingestionLayout.list.height))
        // A pass that reached the site answers for a count that could not: the quick look is asked for again.
        var recount = false
        if case .failed = view.quickPhase, view.pass.report?.complete == true { recount = true }
        let effects = ingestionFollowSelection(&view)
        return recorded + (recount ? countAgain() : []) + effects
    }

    /// A page for the overlay's preview arrived; nil when the load was not the overlay's. A page Enter was pressed on
    /// is then shown in the tree.
    mutating func ingestionPageLoaded(pageID: String, token: RequestToken, _ result: Result<LoadedPage, BackendError>) -> [Effect]? {
        guard var view = ingestion, view.preview.targetID == pageID, view.preview.phase.pendingToken == token else { return nil }
        switch result {
        case .success(let loaded):
            view.preview.show(loaded.detail, document: loaded.document, userNames: loaded.userNames)
            view.preview.rerender(in: ingestionLayout.previewBody(headerRows: view.preview.headerRows(width: ingestionLayout.preview.width)), ascii: ascii)
        case .failure(let error):
            view.preview.loadFailed(error.message)
        }
        let revealing = view.revealWhenLoaded == pageID ? view.preview.page : nil
        view.revealWhenLoaded = nil
        ingestion = view
        return revealing.map { reveal($0) } ?? []
    }

    /// Re-renders the overlay's page at the preview's width after a resize.
    mutating func rerenderIngestionPreviewIfNeeded() {
        guard var view = ingestion else { return }
        view.preview.rerender(in: ingestionLayout.previewBody(headerRows: view.preview.headerRows(width: ingestionLayout.preview.width)), ascii: ascii)
        ingestion = view
    }
}
