import CQL
import DataSources
import TerminalKit

extension AppState {
    /// Routes a key: overlays and the `/` line take keys first, then the key map decides.
    mutating func handleKey(_ key: Key) -> [Effect] {
        switch key {
        case .resize:
            return []
        case .mouse(let event):
            return handleMouse(event)
        default:
            break
        }
        let quitWasAsked = quitAsked
        quitAsked = false
        if overlay != nil { return handleOverlayKey(key) }
        if accounts.confirmRemove != nil { return handleAccountConfirmKey(key) }
        if accounts.form != nil { return handleAccountFormKey(key) }
        if ingestion != nil { return handleIngestionKey(key) }
        if accounts.login != nil { return handleAccountLoginKey(key) }
        if definitions != nil { return handleDefinitionsKey(key) }
        if builder != nil { return handleBuilderKey(key) }
        if input != nil { return handleInputKey(key) }
        let command = keyMap.command(for: key)
        // `e` reads what the status line cut short whole, as it does an error, and a message when there is no error.
        if command == .errorDetail, let message = StatusView.messageForDetail(self) {
            status.notice = nil
            overlay = .notice(message)
            return []
        }
        status.notice = nil
        guard let command else { return [] }
        if command == .quit && definitionsLastUntilExit && holdsSessionDefinitions && !quitWasAsked {
            quitAsked = true
            status.notice = "\(key) again quits, and the definitions saved this session end with it (to keep them: \(keepingKeys))."
            return []
        }
        return perform(command)
    }

    /// Keys while an overlay is open: the help scrolls; the URL dialog copies with `y`; Esc, `q`, or the overlay's own
    /// key closes it.
    private mutating func handleOverlayKey(_ key: Key) -> [Effect] {
        let command = keyMap.command(for: key)
        if case .help(let offset) = overlay {
            let help = HelpView.layout(of: self)
            let page = max(1, help.inner.height)
            let last = max(0, help.rows.count - page)
            switch command {
            case .down: overlay = .help(offset: min(last, offset + 1))
            case .up: overlay = .help(offset: max(0, offset - 1))
            case .pageDown, .halfPageDown: overlay = .help(offset: min(last, offset + page))
            case .pageUp, .halfPageUp: overlay = .help(offset: max(0, offset - page))
            case .top: overlay = .help(offset: 0)
            case .bottom: overlay = .help(offset: last)
            case .help, .back, .quit: overlay = nil
            default: break
            }
            return []
        }
        // The URL dialog copies what it shows, the reason to open it when no browser could.
        if case .message(_, let body) = overlay, command == .copyURL {
            overlay = nil
            return [.copyToClipboard(text: body, label: "page URL")]
        }
        if key == .enter || [.back, .quit, .errorDetail, .help, .open].contains(command) {
            // Once read whole, the error leaves the status line.
            if overlay == .errorDetail { status.dismissError() }
            overlay = nil
        }
        return []
    }

    /// Opens the help for `key` where letters are typed (F1: `?` is text there); returns whether it did.
    mutating func opensHelp(typing key: Key) -> Bool {
        guard keyMap.command(typing: key) == .help else { return false }
        overlay = .help(offset: 0)
        return true
    }

    /// Keys while the `/` line is open: Enter keeps the filter, Esc clears it, arrows move the
    /// selection, everything else edits the text and re-filters as you type.
    private mutating func handleInputKey(_ key: Key) -> [Effect] {
        guard var current = input else { return [] }
        if opensHelp(typing: key) { return [] }
        switch key {
        case .enter:
            input = nil
            if current.pane == .tree {
                // Only loaded rows are filtered; with none matching, the space's titles are searched on the server.
                if let search = titleSearch(for: current.field.text) {
                    // The selection goes back to the row it was on before the filter; so does the preview below the overlay.
                    tree.stopFiltering(reveal: false, viewportHeight: layout.content(.tree).height)
                    let follow = previewFollowSelection()
                    let effects = openIngestion(name: "titles", selector: search)
                    ingestion?.titleSearch = TextLayout.trimmingSpaces(current.field.text)
                    return follow + effects
                }
                tree.stopFiltering(reveal: true, viewportHeight: layout.content(.tree).height)
                return previewFollowSelection()
            }
            return []
        case .escape:
            input = nil
            applyFilter("", to: current.pane)
            guard current.pane == .tree else { return [] }
            tree.stopFiltering(reveal: false, viewportHeight: layout.content(.tree).height)
            return previewFollowSelection()
        case .up, .down, .pageUp, .pageDown, .ctrl("n"), .ctrl("p"):
            let rows = max(1, layout.content(current.pane).height)
            let delta = switch key {
            case .up, .ctrl("p"): -1
            case .down, .ctrl("n"): 1
            case .pageUp: -rows
            default: rows
            }
            return move(by: delta)
        default:
            guard current.field.handle(key) == .edited else {
                input = current
                return []
            }
            input = current
            applyFilter(current.field.text, to: current.pane)
            // The preview follows the match under the cursor as the matches change.
            return current.pane == .tree ? previewFollowSelection() : []
        }
    }

    /// Whether the tree filter being typed matches no loaded title: the tree says what Enter does, and the preview shows
    /// no page rather than the last partial match's, which would read as a match.
    var previewAwaitsTitleSearch: Bool {
        input?.pane == .tree && titleSearch(for: tree.filterList?.filter ?? "") != nil
    }

    /// The server-side search of the open space's page titles for `text`, when the tree filter matches no loaded
    /// row: `type = "page" AND space = KEY AND title ~ "words*"` (the last word as a prefix, as typed so far).
    func titleSearch(for text: String) -> ConfluenceDataSource.Selector? {
        let words = TextLayout.trimmingSpaces(text)
        guard !words.isEmpty, let key = tree.spaceKey, tree.filterList?.matchCount == 0 else { return nil }
        let query = CQLQuery(filter: .type("page") && .space(key) && .title(contains: words.hasSuffix("*") ? words : words + "*"))
        return .cql(query.description)
    }

    /// Applies filter or search text to a pane.
    mutating func applyFilter(_ text: String, to pane: Pane) {
        switch pane {
        case .accounts: accounts.list.setFilter(text)
        case .spaces: spaces.list.setFilter(text)
        case .tree: tree.filterList?.setFilter(text)
        case .preview:
            let body = previewBodyRect
            if text.isEmpty {
                preview.text.clearSearch()
            } else {
                preview.text.search(text, viewportHeight: body.height, viewportWidth: body.width)
            }
        }
    }

    /// The filter (or search) text in effect for `pane`.
    func filterText(of pane: Pane) -> String {
        switch pane {
        case .accounts: accounts.list.filter
        case .spaces: spaces.list.filter
        case .tree: tree.filterList?.filter ?? ""
        case .preview: preview.text.query
        }
    }

    /// Mouse: a click focuses the pane under it and selects the row; the wheel scrolls that pane.
    private mutating func handleMouse(_ event: MouseEvent) -> [Effect] {
        guard overlay == nil, input == nil, builder == nil, definitions == nil, accounts.form == nil, accounts.confirmRemove == nil,
              accounts.login == nil else { return [] }
        let current = layout
        guard let pane = current.visible.first(where: { current.frame($0).contains(x: event.x, y: event.y) }) else { return [] }
        switch event.kind {
        case .wheelUp, .wheelDown:
            let previous = focus
            focus = pane
            let effects = move(by: event.kind == .wheelUp ? -3 : 3)
            focus = previous
            return effects
        case .press:
            focus = pane
            let content = current.content(pane)
            guard content.contains(x: event.x, y: event.y) else { return [] }
            return select(rowOffset: event.y - content.y, in: pane, height: content.height)
        case .release:
            return []
        }
    }

    private mutating func select(rowOffset: Int, in pane: Pane, height: Int) -> [Effect] {
        switch pane {
        case .accounts: accounts.list.selectRow(atViewportOffset: rowOffset, viewportHeight: height)
        case .spaces: spaces.list.selectRow(atViewportOffset: rowOffset, viewportHeight: height)
        case .tree:
            guard let selection = tree.model.selection else { return [] }
            let top = tree.model.scrollOffset
            tree.model.moveSelection(by: top + rowOffset - selection, viewportHeight: height)
            return previewFollowSelection()
        case .preview: break
        }
        return []
    }
}
