extension AppState {
    /// Applies `action` and returns the effects to run. Pure: no I/O, no clock, no randomness.
    public mutating func reduce(_ action: AppAction) -> [Effect] {
        switch action {
        case .start:
            guard accounts.canManage else { return startSpacesLoad() }
            let token = nextToken()
            accounts.loading = token
            return [.loadAccounts(token: token)] + startSpacesLoad()
        case .key(let key):
            return handleKey(key)
        case .command(let command):
            return perform(command)
        case .resize(let newWidth, let newHeight):
            width = max(0, newWidth)
            height = max(0, newHeight)
            rerenderPreviewIfNeeded()
            rerenderIngestionPreviewIfNeeded()
            refitExport()
            // Rows a taller tree brings into view are looked up too.
            return peekChildren(from: tree.focusedNodeID)
        case .tick(let milliseconds):
            clock = max(clock, milliseconds)
            if isBusy { spinnerFrame &+= 1 }
            for (name, test) in accounts.testing where test.startedAt == nil { accounts.testing[name]?.startedAt = clock }
            return []
        case .spacesLoaded(let token, let result):
            return spacesLoaded(token: token, result)
        case .rootsLoaded(let spaceKey, let token, let result):
            return rootsLoaded(spaceKey: spaceKey, token: token, result)
        case .childrenLoaded(let nodeID, let token, let result):
            return childrenLoaded(nodeID: nodeID, token: token, result)
        case .childrenPeeked(let nodeID, let token, let result):
            return childrenPeeked(nodeID: nodeID, token: token, result)
        case .pageLoaded(let pageID, let token, let result):
            return pageLoaded(pageID: pageID, token: token, result)
        case .accountSwitched(let name, let token, let result):
            return accountSwitched(name: name, token: token, result)
        case .requestEvent(let event, let milliseconds):
            return record(event, at: milliseconds)
        case .countChecked(let token, let result):
            countChecked(token: token, result)
            return []
        case .descendantsFound(let token, let count):
            if builder?.expansion?.token == token { builder?.expansion?.found = count }
            return []
        case .descendantsExpanded(let token, let result):
            return descendantsExpanded(token: token, result)
        case .labelsLoaded(let token, let result):
            labelsLoaded(token: token, result)
            return []
        case .definitionSaved(let token, let result):
            definitionSaved(token: token, result)
            return []
        case .definitionsLoaded(let token, let result):
            definitionsLoaded(token: token, result)
            return []
        case .definitionsChanged(let token, let result):
            return definitionsChanged(token: token, result)
        case .definitionPreviewed(let token, let name, let result):
            return definitionPreviewed(token: token, name: name, result)
        case .accountsLoaded(let token, let result):
            return accountsLoaded(token: token, result)
        case .accountSaved(let token, let result):
            return accountSaved(token: token, result)
        case .accountUsersFound(let name, let token, let result):
            accountUsersFound(name: name, token: token, result)
            return []
        case .accountTested(let name, let token, let outcome):
            return accountTested(name: name, token: token, outcome)
        case .ingestionQuickLoaded(let token, let result):
            return ingestionQuickLoaded(token: token, result)
        case .fullPassProgress(let token, let progress):
            fullPassProgress(token: token, progress)
            return []
        case .fullPassEnded(let token, let outcome):
            return fullPassEnded(token: token, outcome)
        case .accountLoginPresented(let token, let url):
            if accounts.login?.token == token { accounts.login?.url = url }
            return []
        case .accountLoginSitesOffered(let token, let sites):
            if accounts.login?.token == token {
                accounts.login?.sites = sites
                accounts.login?.selectedSite = 0
            }
            return []
        case .accountLoggedIn(let name, let token, let result):
            return accountLoggedIn(name: name, token: token, result)
        case .effectFinished(let report):
            switch report {
            case .notice(let text): status.notice = text
            case .showURL(let url): overlay = .message(title: "Page URL", body: url)
            case .failed(let error): status.lastError = error
            }
            return []
        }
    }

    /// Starts (or restarts) loading the spaces.
    mutating func startSpacesLoad() -> [Effect] {
        let token = nextToken()
        spaces.phase = .loading(token)
        return [.loadSpaces(token: token)]
    }

    /// Records a request event in the status. Once a request ends (or is cancelled) and none waits to retry, the
    /// look-ahead the site was spared resumes, when the wait it asked for is over.
    private mutating func record(_ event: BackendEvent, at milliseconds: UInt64) -> [Effect] {
        clock = max(clock, milliseconds)
        switch event {
        case .started(let id):
            status.inFlight.insert(id)
            status.retries[id] = nil
        case .retryScheduled(let id, let delay, let reason):
            status.inFlight.remove(id)
            let due = milliseconds + UInt64(max(0, delay))
            status.retries[id] = RetryWait(dueAtMilliseconds: due, reason: reason)
            status.lastRetryDue = max(status.lastRetryDue, due)
            // A site asking for retries is spared the rest of the look-ahead, as it is spared a new one; answers
            // already on their way still count.
            if tree.peek != nil, !status.lookAheadSpared {
                status.lookAheadSpared = true
                return [.cancelPeek]
            }
        case .finished(let id):
            status.inFlight.remove(id)
            status.retries[id] = nil
            status.lookAheadResumes = 0
            return resumeLookAhead(at: milliseconds)
        case .failed(let id, _):
            status.inFlight.remove(id)
            status.retries[id] = nil
            return resumeLookAhead(at: milliseconds)
        }
        return []
    }

    /// The look-ahead the site was spared, once no request waits to retry: after the last wait it asked for, and at
    /// most three times in a row while no request finishes (a site that only fails is not asked again and again).
    private mutating func resumeLookAhead(at milliseconds: UInt64) -> [Effect] {
        guard status.lookAheadSpared, status.retries.isEmpty, status.lookAheadResumes < 3 else { return [] }
        status.lookAheadSpared = false
        status.lookAheadResumes += 1
        let wait = status.lastRetryDue > milliseconds ? Int(status.lastRetryDue - milliseconds) : 0
        return peekChildren(from: tree.focusedNodeID, after: wait)
    }
}
