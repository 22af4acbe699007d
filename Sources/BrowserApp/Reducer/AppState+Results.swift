import TerminalKit

extension AppState {
    /// Spaces arrived; a result for an older load is dropped.
    mutating func spacesLoaded(token: RequestToken, _ result: Result<[SpaceSummary], BackendError>) -> [Effect] {
        guard spaces.phase.pendingToken == token else { return [] }
        switch result {
        case .success(let list):
            spaces.setSpaces(list)
            status.loadSucceeded(.spaces)
        case .failure(let error):
            let advice = accountAdvice(error)
            spaces.phase = .failed(Self.sentences(error.message, advice))
            report(error, doing: "load the spaces", load: .spaces, advice: advice)
        }
        return []
    }

    /// Root items arrived for the open space; results for another space or an older load are dropped.
    mutating func rootsLoaded(spaceKey: String, token: RequestToken, _ result: Result<LoadedItems, BackendError>) -> [Effect] {
        guard tree.spaceKey == spaceKey, tree.rootsPhase.pendingToken == token else { return [] }
        switch result {
        case .success(let loaded):
            tree.applyRoots(loaded)
            status.loadSucceeded(.tree)
            // A page of this space chosen elsewhere (the ingestion preview) is revealed now that the roots are here.
            return tree.reveal != nil ? continueReveal() : previewFollowSelection()
        case .failure(let error):
            tree.model.setRootsFailed(error.message)
            tree.rootsPhase = .failed(error.message)
            report(error, doing: "load the pages of \(spaceKey)", load: .tree)
            return []
        }
    }

    /// Children arrived; only the latest load of that node counts.
    mutating func childrenLoaded(nodeID: String, token: RequestToken, _ result: Result<LoadedItems, BackendError>) -> [Effect] {
        guard tree.pendingChildren[nodeID] == token else { return [] }
        tree.pendingChildren[nodeID] = nil
        let openAsLeaf = tree.openWhenLeaf == nodeID
        if openAsLeaf { tree.openWhenLeaf = nil }
        switch result {
        case .success(let loaded):
            tree.applyChildren(loaded, of: nodeID)
            status.loadSucceeded(.tree)
            if openAsLeaf, loaded.items.isEmpty, focus == .tree, tree.selectedNodeID == nodeID { focus = .preview }
            if previewMayName(childrenOf: nodeID) { rerenderPreviewIfNeeded() }
            if tree.reveal?.path.first == nodeID { return continueReveal() }
            return peekChildren(from: tree.selectedNodeID)
        case .failure(let error):
            if tree.reveal?.path.first == nodeID {
                tree.reveal = nil
                status.notice = nil
            }
            tree.model.setFailed(nodeID, message: error.message)
            let title = tree.model.nodes[nodeID]?.title ?? nodeID
            report(error, doing: "load the children of \"\(title)\"", load: .tree)
        }
        return []
    }

    /// The children of a peeked node arrived: the node learns them but stays collapsed. A failure is kept quiet, as
    /// nobody asked; expanding the node loads, and reports, again.
    mutating func childrenPeeked(nodeID: String, token: RequestToken, _ result: Result<LoadedItems, BackendError>) -> [Effect] {
        guard var peek = tree.peek, peek.token == token, peek.nodeIDs.remove(nodeID) != nil else { return [] }
        tree.peek = peek.nodeIDs.isEmpty ? nil : peek
        guard case .success(let loaded) = result, tree.model.nodes[nodeID]?.children == .notLoaded else { return [] }
        tree.applyChildren(loaded, of: nodeID)
        guard previewMayName(childrenOf: nodeID) else { return [] }
        rerenderPreviewIfNeeded()
        return peekListedChildren()
    }

    /// A page arrived; anything but the latest load of the page still shown is dropped.
    mutating func pageLoaded(pageID: String, token: RequestToken, _ result: Result<LoadedPage, BackendError>) -> [Effect] {
        if let effects = ingestionPageLoaded(pageID: pageID, token: token, result) { return effects }
        guard preview.targetID == pageID, preview.phase.pendingToken == token else { return [] }
        switch result {
        case .success(let loaded):
            pageCache.store(loaded, for: pageID)
            preview.show(inTreeContext(loaded.detail), document: loaded.document, userNames: loaded.userNames)
            status.loadSucceeded(.page)
            rerenderPreviewIfNeeded()
            return peekListedChildren()
        case .failure(let error):
            preview.loadFailed(error.message)
            report(error, doing: "load the page", load: .page)
        }
        return []
    }

    /// The connection to another account finished: on success everything is reloaded from it.
    mutating func accountSwitched(name: String, token: RequestToken, _ result: Result<Void, BackendError>) -> [Effect] {
        guard let switching = accounts.switching, switching.name == name, switching.token == token else { return [] }
        accounts.switching = nil
        switch result {
        case .success:
            // Looked up now: an account added or removed meanwhile moves the others in the list.
            if let index = accounts.accounts.firstIndex(where: { $0.name == name }) { accounts.activate(index) }
            marks.removeAll()
            builder = nil
            closedBuilder = nil
            definitions = nil
            ingestion = nil
            spaces = SpacesState()
            tree = TreeState()
            preview = PreviewState()
            pageCache = PageCache()
            status = StatusState()
            focus = .spaces
            return [.cancelTreeLoads, .cancelPageLoad] + startSpacesLoad()
        case .failure(let error):
            status.notice = nil
            report(error, doing: "connect to \(name)")
            return []
        }
    }

    /// For a refused credential, where to fix it: the accounts pane's keys to test and edit the account in use.
    private func accountAdvice(_ error: BackendError) -> String? {
        guard error.refusedCredential, accounts.canManage, let name = accounts.active?.name else { return nil }
        return "In the accounts pane, \(keyMap.firstKeyLabel(for: .test)) tests \(name) and \(keyMap.firstKeyLabel(for: .rename)) edits it."
    }

    /// `text` followed by the sentence `next`, when there is one.
    private static func sentences(_ text: String, _ next: String?) -> String {
        guard let next else { return text }
        return text + (text.hasSuffix(".") ? " " : ". ") + next
    }

    /// Makes `error` the last error, prefixed with what was being done; `load` names the kind of load that failed, and
    /// `advice` (where to fix it) follows the message and the whole text `e` shows.
    mutating func report(_ error: BackendError, doing what: String, load: LoadKind? = nil, advice: String? = nil) {
        status.lastError = ErrorReport(message: Self.sentences("Could not \(what): \(error.message)", advice),
                                       detail: "Could not \(what).\n\n\(error.detail)" + (advice.map { "\n\n" + $0 } ?? ""), load: load)
    }
}
