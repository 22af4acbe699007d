import TerminalKit

extension AppState {
    /// Runs one command in the context of the focused pane.
    mutating func perform(_ command: Command) -> [Effect] {
        let rows = max(1, focus == .preview ? previewBodyRect.height : layout.content(focus).height)
        switch command {
        case .down: return move(by: 1)
        case .up: return move(by: -1)
        case .pageDown: return move(by: rows)
        case .pageUp: return move(by: -rows)
        case .halfPageDown: return move(by: max(1, rows / 2))
        case .halfPageUp: return move(by: -max(1, rows / 2))
        case .top: return move(by: Int.min / 2)
        case .bottom: return move(by: Int.max / 2)
        case .nextPane:
            focus = focus.next
            return []
        case .previousPane:
            focus = focus.previous
            return []
        case .left: return goLeft()
        case .right: return goRight()
        case .open: return open()
        case .filter:
            startInput()
            return []
        case .nextMatch, .previousMatch:
            guard focus == .preview else { return [] }
            let body = previewBodyRect
            if command == .nextMatch {
                preview.text.nextMatch(viewportHeight: body.height, viewportWidth: body.width)
            } else {
                preview.text.previousMatch(viewportHeight: body.height, viewportWidth: body.width)
            }
            return []
        case .refresh: return refresh()
        case .openURL:
            guard let url = currentPageURL else { return notice("No page URL to open yet.") }
            return [.openURL(url)]
        case .copyURL:
            guard let url = currentPageURL else { return notice("No page URL to copy yet.") }
            return [.copyToClipboard(text: url, label: "page URL")]
        case .copyID:
            guard let id = focus == .tree ? tree.selectedNodeID : preview.targetID else { return notice("No page selected.") }
            return [.copyToClipboard(text: id, label: "page id")]
        case .help:
            overlay = .help(offset: 0)
            return []
        case .zoom:
            guard canToggleZoom else { return notice("The screen already shows one pane at a time.") }
            zoomed.toggle()
            rerenderPreviewIfNeeded()
            return []
        case .errorDetail:
            guard status.lastError != nil else { return notice("No error to show.") }
            overlay = .errorDetail
            return []
        case .back: return back()
        case .mark: return toggleMark()
        case .filterBuilder: return openBuilder()
        case .definitions: return openDefinitions()
        case .add, .rename, .delete, .test, .logIn:
            return focus == .accounts ? manageAccount(command) : []
        case .ingestionPreview: return previewSpaceIngestion()
        case .toCQL, .count, .save, .includeDescendants, .duplicate, .export, .writeFile, .loaderOptions, .projectID, .fullPass:
            return []
        case .quit:
            isFinished = true
            return [.quit]
        }
    }

    /// `P` in the spaces or pages pane: the ingestion preview of the whole space in view.
    private mutating func previewSpaceIngestion() -> [Effect] {
        guard focus == .spaces || focus == .tree, let key = spaceInView else {
            return notice("Select a space (or open the filter builder with f) to preview an ingestion.")
        }
        return openIngestion(name: "space " + key, selector: .space(key: key))
    }

    /// The space of the open tree (from the pages pane) or the selected space.
    var spaceInView: String? {
        focus == .tree ? tree.spaceKey ?? spaces.selected?.key : spaces.selected?.key
    }

    private mutating func notice(_ text: String) -> [Effect] {
        status.notice = text
        return []
    }

    /// The web URL of the page in the preview, when it has loaded.
    var currentPageURL: String? {
        guard let url = preview.page?.webURL, !url.isEmpty else { return nil }
        return url
    }

    /// Moves the selection (or scrolls) in the focused pane by `delta` rows.
    mutating func move(by delta: Int) -> [Effect] {
        let height = max(1, layout.content(focus).height)
        switch focus {
        case .accounts:
            accounts.list.moveSelection(by: delta, viewportHeight: height)
        case .spaces:
            spaces.list.moveSelection(by: delta, viewportHeight: height)
        case .tree:
            if tree.filterList != nil {
                tree.filterList?.moveSelection(by: delta, viewportHeight: height)
            } else {
                tree.model.moveSelection(by: delta, viewportHeight: height)
            }
            return previewFollowSelection()
        case .preview:
            let body = previewBodyRect
            preview.text.scroll(by: delta, viewportHeight: body.height)
        }
        return []
    }

    /// Left/`h`: in the tree collapse or go to the parent (or to the spaces at a collapsed root);
    /// in a horizontally scrolled preview scroll back; elsewhere focus the pane to the left.
    private mutating func goLeft() -> [Effect] {
        if focus == .preview, preview.text.contentWidth > previewBodyRect.width {
            // A page that scrolls sideways keeps h for scrolling: a burst that reaches the left edge stays here
            // instead of running on into the tree and collapsing it (Shift-Tab leaves).
            preview.text.scrollHorizontally(by: -Self.horizontalStep, viewportWidth: previewBodyRect.width)
            return []
        }
        if focus == .tree, let id = tree.model.selectedRow?.nodeID {
            let isExpanded = tree.model.nodes[id]?.isExpanded == true
            if isExpanded || tree.model.parent(of: id) != nil {
                tree.model.collapseOrSelectParent(viewportHeight: layout.content(.tree).height)
                return previewFollowSelection()
            }
        }
        if let left = focus.left { focus = left }
        return []
    }

    /// Columns one Left/Right moves a wide preview line.
    static let horizontalStep = 8

    /// Right/`l`: in the tree expand a collapsed node, else focus the preview; in the lists open the
    /// selection; in the preview scroll right when lines are wider than the pane.
    private mutating func goRight() -> [Effect] {
        switch focus {
        case .accounts, .spaces: return open()
        case .tree:
            if let id = tree.selectedNodeID, let node = tree.model.nodes[id], !node.isExpanded, !node.isLeaf {
                return expand(id)
            }
            focus = .preview
            return []
        case .preview:
            preview.text.scrollHorizontally(by: Self.horizontalStep, viewportWidth: previewBodyRect.width)
            return []
        }
    }

    /// Enter: activate an account, open a space, expand a tree node (or open a leaf in the preview).
    private mutating func open() -> [Effect] {
        switch focus {
        case .accounts:
            return openSelectedAccount()
        case .spaces:
            return openSelectedSpace()
        case .tree:
            guard let row = tree.model.selectedRow else { return [] }
            switch row.kind {
            case .node(let id):
                if let node = tree.model.nodes[id], !node.isExpanded, !node.isLeaf {
                    let effects = expand(id)
                    if tree.pendingChildren[id] != nil, tree.kind(of: id).hasBody { tree.openWhenLeaf = id }
                    return effects
                }
                focus = .preview
                return previewFollowSelection()
            case .failed(let parent, _):
                if let parent { return reloadChildren(of: parent) }
                return reloadRoots()
            case .loadingRoots:
                return []
            }
        case .preview:
            return []
        }
    }

    /// Expands a node, starting the children load when they are not known yet; children already known are shown at
    /// once, and the rows that come into view are peeked at.
    private mutating func expand(_ id: String) -> [Effect] {
        switch tree.model.expand(id) {
        case .needsLoad: return startChildrenLoad(of: id)
        case .expanded: return peekChildren(from: tree.selectedNodeID)
        case .leaf, .unknown: return []
        }
    }

    /// Loads the children of `id`, which `expand` has marked as loading.
    mutating func startChildrenLoad(of id: String) -> [Effect] {
        let token = nextToken()
        tree.pendingChildren[id] = token
        return [.loadChildren(nodeID: id, kind: tree.kind(of: id), parentTitle: tree.model.nodes[id]?.title, token: token)]
    }

    /// Enter on an account: the active one focuses the spaces; another one is connected to (when the
    /// app was given a way to connect), replacing everything loaded.
    private mutating func openSelectedAccount() -> [Effect] {
        guard let index = accounts.list.selectedID, index != accounts.activeIndex else {
            focus = .spaces
            return []
        }
        guard accounts.canSwitch else {
            return notice("Restart with that account to browse it; this session cannot switch accounts.")
        }
        return connect(to: accounts.accounts[index], notice: "Connecting to \(accounts.accounts[index].name)")
    }

    /// Connects to `account` afresh, replacing everything loaded, with `notice` (an ellipsis follows) meanwhile.
    mutating func connect(to account: Account, notice: String) -> [Effect] {
        let token = nextToken()
        accounts.switching = (account.name, token)
        status.notice = notice + "…"
        return [.switchAccount(account, token: token)]
    }

    /// Opens the selected space in the tree (just focuses the tree when it is already open).
    private mutating func openSelectedSpace() -> [Effect] {
        guard let space = spaces.selected else { return [] }
        if tree.spaceKey == space.key, tree.rootsPhase != .idle {
            focus = .tree
            return []
        }
        return openSpace(key: space.key, name: space.name)
    }

    /// Opens the space `key` in the tree, focused, loading its roots and dropping what the tree and preview held.
    mutating func openSpace(key: String, name: String) -> [Effect] {
        let token = nextToken()
        let hadPage = preview.phase.pendingToken != nil
        tree.open(spaceKey: key, name: name, token: token)
        preview = PreviewState()
        focus = .tree
        return [.cancelTreeLoads] + (hadPage ? [.cancelPageLoad] : []) + [.loadRoots(spaceKey: key, token: token)]
    }

    private mutating func reloadRoots() -> [Effect] {
        guard let key = tree.spaceKey else { return [] }
        let token = nextToken()
        tree.rootsPhase = .loading(token)
        tree.model.setRootsLoading()
        return [.loadRoots(spaceKey: key, token: token)]
    }

    private mutating func reloadChildren(of id: String) -> [Effect] {
        let token = nextToken()
        tree.pendingChildren[id] = token
        tree.model.setLoading(id)
        return [.loadChildren(nodeID: id, kind: tree.kind(of: id), parentTitle: tree.model.nodes[id]?.title, token: token)]
    }

    /// `r`: reload what the focused pane shows.
    private mutating func refresh() -> [Effect] {
        switch focus {
        case .accounts, .spaces:
            return startSpacesLoad()
        case .tree:
            guard let row = tree.model.selectedRow else { return reloadRoots() }
            switch row.kind {
            case .loadingRoots: return []
            case .failed(let parent, _): return parent.map { reloadChildren(of: $0) } ?? reloadRoots()
            case .node(let id):
                var effects: [Effect] = []
                if let node = tree.model.nodes[id], node.isExpanded || node.children != .notLoaded {
                    effects += reloadChildren(of: id)
                }
                return effects + reloadPreview()
            }
        case .preview:
            return reloadPreview()
        }
    }

    /// `/`: opens the filter line for the focused list, or the search line for the preview. The accounts' and spaces'
    /// filter stays in force (and in the pane's title) after Enter, so it reopens for editing; the tree's filter
    /// and the preview's search start empty, as a new search does in less and vim.
    private mutating func startInput() {
        if focus == .tree {
            guard tree.spaceKey != nil else { return }
            tree.startFiltering()
        }
        input = InputState(pane: focus, text: focus == .accounts || focus == .spaces ? filterText(of: focus) : "")
    }

    /// Esc: take the error off the status line, and clear the pane's filter or search if one is set, else go back one pane.
    private mutating func back() -> [Effect] {
        if !accounts.testing.isEmpty { return stopAccountTests() }
        status.dismissError()
        if !filterText(of: focus).isEmpty {
            applyFilter("", to: focus)
            return []
        }
        if let left = focus.left { focus = left }
        return []
    }
}
