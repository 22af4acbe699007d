import DataSources

/// Runs effects as tasks off the main actor; results come back through the mailbox as actions.
/// Page loads supersede each other (the older task is cancelled), opening another space cancels
/// the tree loads in flight, and results of cancelled tasks are dropped.
@MainActor
final class EffectRunner {
    /// Which loads a task belongs to, for cancelling them together.
    private enum Slot {
        case page, tree, peek, login, accountSwitch, accountTest, other
    }

    private var backend: any BrowserBackend
    private let openURL: URLOpener
    private let clipboard: @MainActor (String) -> Void
    private let connect: AccountConnector?
    private let definitionWork: DefinitionWork
    private let accountManager: (any AccountManager)?
    let mailbox = ActionMailbox()
    private let startedAt = ContinuousClock.now
    private var tasks: [UInt64: (slot: Slot, task: Task<Void, Never>)] = [:]
    private var lastTaskID: UInt64 = 0
    private var eventsTask: Task<Void, Never>?
    /// The full pass running, if any (at most one: a new one supersedes it).
    private var fullPass: IngestRun?
    /// Where the running login waits for the site the user picks.
    private var loginSiteChoice: LoginSiteChoice?
    /// The token of the latest account switch: only its backend may be installed.
    private var latestSwitch: RequestToken?

    init(backend: any BrowserBackend, openURL: @escaping URLOpener, clipboard: @escaping @MainActor (String) -> Void,
         connect: AccountConnector?, definitionStore: DefinitionStore?, accountManager: (any AccountManager)?) {
        self.backend = backend
        self.openURL = openURL
        self.clipboard = clipboard
        self.connect = connect
        definitionWork = DefinitionWork(store: definitionStore, accounts: accountManager)
        self.accountManager = accountManager
    }

    /// Milliseconds from `start` to now.
    nonisolated static func milliseconds(since start: ContinuousClock.Instant) -> UInt64 {
        UInt64(max(0, (ContinuousClock.now - start).milliseconds))
    }

    /// The app clock: milliseconds since the runner was made.
    var now: UInt64 { Self.milliseconds(since: startedAt) }

    /// Starts forwarding the backend's request events.
    func startEvents() {
        eventsTask?.cancel()
        let stream = backend.events()
        let mailbox = self.mailbox
        let start = startedAt
        eventsTask = Task.detached {
            for await event in stream {
                mailbox.post(.requestEvent(event, atMilliseconds: Self.milliseconds(since: start)))
            }
        }
    }

    /// Performs `effects` in order.
    func run(_ effects: [Effect]) {
        prune()
        for effect in effects { run(effect) }
    }

    private func run(_ effect: Effect) {
        let backend = self.backend
        switch effect {
        case .loadSpaces(let token):
            spawn(.other) { .spacesLoaded(token: token, await Result.awaiting { () throws(BackendError) in try await backend.spaces() }) }
        case .loadRoots(let key, let token):
            spawn(.tree) {
                .rootsLoaded(spaceKey: key, token: token, await Result.awaiting { () throws(BackendError) in
                    LoadedItems(try await backend.rootItems(spaceKey: key), parentTitle: nil)
                })
            }
        case .loadChildren(let id, let kind, let parentTitle, let token):
            spawn(.tree) { .childrenLoaded(nodeID: id, token: token, await Self.children(of: id, kind: kind, parentTitle: parentTitle, from: backend)) }
        case .peekChildren(let nodes, let token, let delay):
            let mailbox = self.mailbox
            supersede(.peek, after: delay) {
                await Self.peek(nodes, token: token, from: backend, into: mailbox)
                return nil
            }
        case .loadPage(let id, let token, let delay):
            supersede(.page, after: delay) {
                .pageLoaded(pageID: id, token: token, await Result.awaiting { () throws(BackendError) in
                    try await LoadedPage.load(id, from: backend)
                })
            }
        case .cancelPageLoad:
            cancel(.page)
        case .cancelTreeLoads:
            cancel(.tree)
            cancel(.peek)
        case .cancelPeek:
            cancel(.peek)
        case .switchAccount(let account, let token):
            guard let connect else {
                mailbox.post(.accountSwitched(name: account.name, token: token, .failure(BackendError(message: "switching accounts is not available"))))
                return
            }
            // A newer switch supersedes an older one still connecting, whichever finishes first.
            cancel(.accountSwitch)
            latestSwitch = token
            spawn(.accountSwitch) { [weak self] in
                do throws(BackendError) {
                    let backend = try await connect(account)
                    guard await self?.install(backend, switchedBy: token) == true else { return nil }
                    return .accountSwitched(name: account.name, token: token, .success(()))
                } catch {
                    return .accountSwitched(name: account.name, token: token, .failure(error))
                }
            }
        case .openURL(let url):
            let openURL = self.openURL
            spawn(.other) { .effectFinished(await openURL(url)) }
        case .copyToClipboard(let text, let label):
            clipboard(text)
            mailbox.post(.effectFinished(.notice("Copied the \(label) to the clipboard (OSC 52).")))
        case .count(let selector, let token):
            spawn(.other) { .countChecked(token: token, await Result.awaiting { () throws(BackendError) in try await backend.count(of: selector) }) }
        case .expandDescendants(let expansion, let token):
            let mailbox = self.mailbox
            spawn(.other) {
                .descendantsExpanded(token: token, await Result.awaiting { () throws(BackendError) in
                    try await expansion.ids(on: backend, found: { mailbox.post(.descendantsFound(token: token, count: $0)) }).ids
                })
            }
        case .loadLabels(let key, let token):
            spawn(.other) {
                .labelsLoaded(token: token, await Result.awaiting { () throws(BackendError) in
                    try await backend.labelCounts(spaceKey: key, scanLimit: LabelCounts.defaultScanLimit)
                })
            }
        case .saveDefinition, .loadDefinitions, .findDefinitionsOfAccount, .renameDefinition, .duplicateDefinition, .deleteDefinition, .moveDefinition,
             .previewDefinition, .recordPreview, .setLoaderOptions, .writeFile:
            let work = definitionWork
            spawn(.other) { await work.perform(effect, backend: backend) }
        case .quickIngestionPreview(let selector, let token):
            spawn(.other) {
                .ingestionQuickLoaded(token: token, await Result.awaiting { () throws(BackendError) in
                    try await IngestionWork.quickLook(selector, on: backend)
                })
            }
        case .startFullPass(let selector, let token):
            fullPass?.cancel()
            guard let preview = backend.ingestPreview(of: selector) else {
                mailbox.post(.fullPassEnded(token: token, .failed(IngestionWork.unavailable)))
                return
            }
            let run = preview.startFullPass()
            fullPass = run
            let mailbox = self.mailbox
            spawn(.other) { await IngestionWork.relay(run, token: token, to: mailbox) }
        case .cancelFullPass:
            fullPass?.cancel()
            fullPass = nil
        case .loadAccounts(let token):
            withAccounts(token: token) { manager throws(BackendError) in try await manager.accounts() }
        case .saveAccount(let form, let original, let token):
            guard let manager = accountManager else {
                mailbox.post(.accountSaved(token: token, .failure(AccountSaveError("account management is not available"))))
                return
            }
            let work = definitionWork
            spawn(.other) {
                .accountSaved(token: token, await Result.awaiting { () throws(AccountSaveError) in
                    try await manager.save(form, replacing: original)
                    let accounts: [ManagedAccount]
                    do throws(BackendError) {
                        accounts = try await manager.accounts()
                    } catch {
                        throw AccountSaveError(error.message)
                    }
                    // An edit may move the account's definitions off the site or user they were saved for.
                    let template = accounts.first { $0.entry.name == form.name }?.entry.sourceTemplate
                    let stale = original == nil ? [] : work.definitions(of: form.name, notReadingLike: template)
                    return SavedAccount(accounts: accounts, staleDefinitions: stale)
                })
            }
        case .removeAccount(let name, let token):
            withAccounts(token: token) { manager throws(BackendError) in
                try await manager.remove(named: name)
                return try await manager.accounts()
            }
        case .testAccount(let name, let token):
            guard let manager = accountManager else { return }
            spawn(.accountTest) { .accountTested(name: name, token: token, await manager.test(named: name)) }
        case .cancelAccountTests:
            cancel(.accountTest)
        case .logInAccount(let name, let token):
            guard let manager = accountManager else {
                mailbox.post(.accountLoggedIn(name: name, token: token, .failure(BackendError(message: "account management is not available"))))
                return
            }
            cancel(.login)
            let mailbox = self.mailbox
            let choice = LoginSiteChoice()
            loginSiteChoice = choice
            spawn(.login) {
                .accountLoggedIn(name: name, token: token, await Result.awaiting { () throws(BackendError) in
                    try await manager.logIn(named: name, present: { mailbox.post(.accountLoginPresented(token: token, url: $0)) },
                                            pickSite: { sites in
                                                mailbox.post(.accountLoginSitesOffered(token: token, sites: sites))
                                                return try await choice.wait()
                                            })
                })
            }
        case .cancelLogin:
            cancel(.login)
        case .chooseLoginSite(let index):
            loginSiteChoice?.resolve(index)
        case .quit:
            cancelAll()
        }
    }

    /// Runs an account-manager call whose answer is the fresh account list.
    private func withAccounts(token: RequestToken,
                              _ body: @escaping @Sendable (any AccountManager) async throws(BackendError) -> [ManagedAccount]) {
        guard let manager = accountManager else {
            mailbox.post(.accountsLoaded(token: token, .failure(BackendError(message: "account management is not available"))))
            return
        }
        spawn(.other) { .accountsLoaded(token: token, await Result.awaiting { () throws(BackendError) in try await body(manager) }) }
    }

    /// Makes `backend` the one every later load uses, cancelling the loads of the old one; false (and nothing
    /// changed) when a newer switch than `token` began meanwhile.
    private func install(_ newBackend: any BrowserBackend, switchedBy token: RequestToken) -> Bool {
        guard latestSwitch == token else { return false }
        cancel(.page)
        cancel(.tree)
        fullPass?.cancel()
        fullPass = nil
        backend = newBackend
        startEvents()
        return true
    }

    /// Runs `work` in a detached task; its action (nil: nothing) goes to the mailbox unless the
    /// task was cancelled.
    private func spawn(_ slot: Slot, _ work: @escaping @Sendable () async -> AppAction?) {
        lastTaskID += 1
        let id = lastTaskID
        let mailbox = self.mailbox
        mailbox.taskStarted()
        let task = Task.detached {
            let action = await work()
            mailbox.taskFinished(id, posting: Task.isCancelled ? nil : action)
        }
        tasks[id] = (slot, task)
    }

    /// A node's children, ready for the tree.
    private nonisolated static func children(of id: String, kind: ItemKind, parentTitle: String?,
                                             from backend: any BrowserBackend) async -> Result<LoadedItems, BackendError> {
        await Result.awaiting { () throws(BackendError) in
            LoadedItems(try await backend.children(of: id, kind: kind), parentTitle: parentTitle)
        }
    }

    /// At most this many peeks are in flight at once, so the look-ahead leaves room for the loads someone asked for.
    nonisolated static let peeksInFlight = 4

    /// Looks up the children of `nodes` in their order, at most `peeksInFlight` at once, posting each answer as it
    /// comes; once the task is cancelled (a newer peek superseded it), the lookups not yet started never start.
    private nonisolated static func peek(_ nodes: [ChildrenPeek], token: RequestToken, from backend: any BrowserBackend,
                                         into mailbox: ActionMailbox) async {
        await withTaskGroup(of: AppAction.self) { group in
            var waiting = nodes.makeIterator()
            func startNext() {
                guard let node = waiting.next() else { return }
                _ = group.addTaskUnlessCancelled {
                    .childrenPeeked(nodeID: node.nodeID, token: token,
                                    await children(of: node.nodeID, kind: node.kind, parentTitle: node.parentTitle, from: backend))
                }
            }
            for _ in 0..<peeksInFlight { startNext() }
            for await answer in group where !Task.isCancelled {
                mailbox.post(answer)
                startNext()
            }
        }
    }

    /// Cancels the slot's tasks, then runs `work` in it after `milliseconds` (a debounce) unless cancelled by then.
    private func supersede(_ slot: Slot, after milliseconds: Int, _ work: @escaping @Sendable () async -> AppAction?) {
        cancel(slot)
        spawn(slot, after: milliseconds, work)
    }

    /// Runs `work` in `slot` after `milliseconds`, unless it is cancelled meanwhile.
    private func spawn(_ slot: Slot, after milliseconds: Int, _ work: @escaping @Sendable () async -> AppAction?) {
        spawn(slot) {
            if milliseconds > 0 { try? await Task.sleep(for: .milliseconds(milliseconds)) }
            guard !Task.isCancelled else { return nil }
            return await work()
        }
    }

    private func cancel(_ slot: Slot) {
        for (id, entry) in tasks where entry.slot == slot {
            entry.task.cancel()
            tasks[id] = nil
        }
    }

    /// Forgets the handles of tasks that ended.
    private func prune() {
        for id in mailbox.drainFinished() { tasks[id] = nil }
    }

    /// Cancels every task, including the event subscription.
    func cancelAll() {
        fullPass?.cancel()
        fullPass = nil
        for entry in tasks.values { entry.task.cancel() }
        tasks = [:]
        eventsTask?.cancel()
        eventsTask = nil
    }
}
