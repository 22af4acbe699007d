import DataSources
import TerminalKit

/// The filter builder (`f`): marks, modes, the CQL editor, the server count and saving.
extension AppState {
    /// Space on a tree node: marks or unmarks it and moves to the next row. A marked folder stands for the pages below
    /// it. A whiteboard, database or embed has no body a loader reads by id, so it is not marked; the status line says
    /// what to mark instead.
    mutating func toggleMark() -> [Effect] {
        guard focus == .tree, let id = tree.focusedNodeID else { return [] }
        let kind = tree.kind(of: id)
        guard kind.hasBody || kind == .folder || marks.contains(id) else {
            let what = kind == .other ? "This item" : (kind == .embed ? "An " : "A ") + kind.rawValue
            status.notice = "\(what) has no text a loader reads by id: mark the pages in it (i in the builder adds a page's descendants)."
            return []
        }
        marks.toggle(id, title: tree.model.nodes[id]?.title, spaceKey: tree.spaceKey, isFolder: kind == .folder,
                     isArchived: tree.archived.contains(id))
        // The status line counts the marks; the last one unmarked is said once, as the count leaves.
        status.notice = marks.isEmpty ? "No pages marked." : nil
        return move(by: 1)
    }

    /// `f` from the spaces or tree pane: opens the builder on that space and the marked pages.
    mutating func openBuilder() -> [Effect] {
        guard focus == .spaces || focus == .tree else {
            status.notice = "Open the filter builder from the spaces or pages pane."
            return []
        }
        builder = closedBuilder?.reopened(spaceKey: spaceInView, pageIDs: marks.ids, folderIDs: marks.folderIDs)
            ?? FilterBuilderState(spaceKey: spaceInView, pageIDs: marks.ids, folderIDs: marks.folderIDs)
        closedBuilder = nil
        return loadLabelsIfNeeded()
    }

    /// Closes the builder unsaved, keeping its draft for `f` to open again.
    mutating func closeBuilder() {
        if builder != nil { closedBuilder = builder }
        builder = nil
    }

    /// Keys while the builder is open.
    mutating func handleBuilderKey(_ key: Key) -> [Effect] {
        guard var draft = builder else { return [] }
        if draft.namePrompt != nil { return handleNamePromptKey(key, draft: &draft) }
        let command = keyMap.command(for: key)
        if draft.saving != nil {
            // The draft being saved is what the save writes and what the next draft starts from: it stays as it is
            // until the save ends, though the builder may close meanwhile.
            switch command {
            case .back?, .quit?: closeBuilder()
            case .help?: overlay = .help(offset: 0)
            default: status.notice = "Saving the definition: the draft can change once the save ends."
            }
            return []
        }
        if draft.showsOptions { return builderOptionsKey(command, draft: &draft) }
        let isText: Bool = if case .char = key { draft.mode.takesText } else { false }
        if draft.confirmsCQLReplacement && (isText || command != .toCQL) {
            // Any other key answers no.
            draft.confirmsCQLReplacement = false
            draft.saveProblem = nil
            builder = draft
        }
        switch (isText ? nil : command) {
        case .back?, .quit?:
            closeBuilder()
            return []
        case .help?:
            overlay = .help(offset: 0)
            return []
        case .nextPane?, .previousPane?:
            draft.mode = draft.mode.step(forward: command == .nextPane)
            draft.check = .idle
            draft.saveProblem = nil
            return commit(draft) + loadLabelsIfNeeded()
        case .toCQL?:
            draft.convertToCQL(keyLabel: keyMap.firstKeyLabel(for: .toCQL, typingText: draft.mode.takesText))
            return commit(draft)
        case .count?:
            return startCount(&draft)
        case .ingestionPreview?:
            // A query the local check refuses is not sent for a preview, as it is not saved (a count still asks the server).
            if let problem = draft.cqlProblem {
                draft.saveProblem = problem
                return commit(draft)
            }
            if draft.needsExpansion { return expandDescendants(&draft, forPreview: true) }
            guard let selector = draft.previewSelector else {
                draft.check = .idle
                draft.saveProblem = draft.missingSelection
                return commit(draft)
            }
            builder = draft
            return openIngestion(name: "draft", selector: selector)
        case .save?:
            return askName(&draft)
        case .loaderOptions?:
            draft.showsOptions = true
            draft.saveProblem = nil
            return commit(draft)
        case .includeDescendants? where draft.mode == .pages:
            draft.includeDescendants.toggle()
            draft.expandedIDs = nil
            draft.expansion = nil
            draft.check = .idle
            return commit(draft)
        default:
            break
        }
        switch draft.mode {
        case .space, .pages:
            if key == .enter { return askName(&draft) }
            return []
        case .label:
            return labelPickerKey(key, draft: &draft)
        case .cql:
            if key == .enter { return askName(&draft) }
            if draft.cql.handle(key) == .edited {
                draft.check = .idle
                draft.saveProblem = nil
                draft.revalidate()
            }
            return commit(draft)
        }
    }

    /// Keys while the options panel shows: move and cycle; the options stay in the draft when it closes, and saving
    /// from it saves the draft with them.
    private mutating func builderOptionsKey(_ command: Command?, draft: inout FilterBuilderState) -> [Effect] {
        switch command {
        case .back?, .loaderOptions?:
            draft.showsOptions = false
        case .save?:
            return askName(&draft)
        default:
            draft.loaderOptions.handle(command)
        }
        return commit(draft)
    }

    private mutating func labelPickerKey(_ key: Key, draft: inout FilterBuilderState) -> [Effect] {
        let rows = max(1, builderListRows)
        switch key {
        case .up, .ctrl("p"): draft.labels.moveSelection(by: -1, viewportHeight: rows)
        case .down, .ctrl("n"): draft.labels.moveSelection(by: 1, viewportHeight: rows)
        case .pageUp: draft.labels.moveSelection(by: -rows, viewportHeight: rows)
        case .pageDown: draft.labels.moveSelection(by: rows, viewportHeight: rows)
        case .enter: return askName(&draft)
        default:
            guard draft.labelFilter.handle(key) == .edited else { return commit(draft) }
            draft.labels.setFilter(draft.labelFilter.text)
        }
        draft.chosenLabel = draft.labels.selectedID
        draft.check = .idle
        draft.saveProblem = nil
        return commit(draft)
    }

    /// Rows the label list gets in the builder at the current size.
    var builderListRows: Int { BuilderLayout(screen: Rect(x: 0, y: 0, width: width, height: max(0, height - 1))).list.height }

    private mutating func commit(_ draft: FilterBuilderState) -> [Effect] {
        builder = draft
        return []
    }

    /// Starts the label load the first time the label mode shows.
    private mutating func loadLabelsIfNeeded() -> [Effect] {
        guard var draft = builder, draft.mode == .label, draft.labelPhase == .idle || draft.labelPhase.isFailed else { return [] }
        let token = nextToken()
        draft.labelPhase = .loading(token)
        builder = draft
        return [.loadLabels(spaceKey: draft.spaceKey, token: token)]
    }

    /// Counts what the draft's preview (`P`) would list, as it counts (the 400 sentence comes back for a query the
    /// server refuses).
    private mutating func startCount(_ draft: inout FilterBuilderState) -> [Effect] {
        draft.saveProblem = nil  // one sentence at a time: the count's own says what is missing
        if draft.needsExpansion { return expandDescendants(&draft, forPreview: false) }
        guard let selector = draft.previewSelector else {
            draft.check = .failed(draft.missingSelection)
            return commit(draft)
        }
        let token = nextToken()
        draft.check = .running(token, selector)
        builder = draft
        return [.count(selector, token: token)]
    }

    /// Looks up the marked folders' pages and the marked pages' descendants, as saving does, before the count or preview
    /// runs on those ids.
    private mutating func expandDescendants(_ draft: inout FilterBuilderState, forPreview: Bool) -> [Effect] {
        let token = nextToken()
        draft.expansion = (token, forPreview, 0)
        draft.check = .idle
        builder = draft
        return [.expandDescendants(draft.pageExpansion, token: token)]
    }

    /// The descendants arrived: the count or preview that waited for them runs; a failure is said where the count is.
    mutating func descendantsExpanded(token: RequestToken, _ result: Result<[String], BackendError>) -> [Effect] {
        guard var draft = builder, let pending = draft.expansion, pending.token == token else { return [] }
        draft.expansion = nil
        switch result {
        case .success(let ids):
            draft.expandedIDs = ids
            guard pending.forPreview else { return startCount(&draft) }
            builder = draft
            return openIngestion(name: "draft", selector: .pageIDs(ids))
        case .failure(let error):
            draft.check = .failed("The marked \(draft.pageExpansion.subject) could not be listed: \(error.message)")
            return commit(draft)
        }
    }

    /// Opens the name prompt, unless the draft cannot be saved: nothing selected, no site, an account removed while it
    /// was open (a definition naming it would have no account from the start), or a query the parser refuses (said
    /// before a name is typed, which would be lost).
    private mutating func askName(_ draft: inout FilterBuilderState) -> [Effect] {
        guard draft.selector != nil else {
            draft.check = .idle
            draft.saveProblem = draft.missingSelection
            return commit(draft)
        }
        if let removed = accounts.removedWhileOpen, accounts.active?.name == removed {
            draft.saveProblem = "The account \(removed) was removed, so a definition saved on it would have no account: "
                + "open another account in the accounts pane, or add \(removed) again."
            return commit(draft)
        }
        guard accounts.active?.sourceTemplate != nil else {
            draft.saveProblem = "This account has no site to save definitions for; add it as an account first."
            return commit(draft)
        }
        if let problem = draft.cqlProblem {
            draft.saveProblem = problem
            return commit(draft)
        }
        draft.saveProblem = nil
        // A name from what the draft selects is offered while nothing is typed, as a copy's is: Enter takes it.
        let basis: String? = switch draft.mode {
        case .space: draft.spaceKey
        case .label: draft.labels.selectedID ?? draft.typedLabel
        case .pages: marks.marked.first?.title
        case .cql: nil
        }
        var prompt = LineInput(prompt: "Save as: ")
        prompt.placeholder = basis.flatMap(DefinitionName.suggestion(from:)) ?? ""
        draft.namePrompt = prompt
        return commit(draft)
    }

    private mutating func handleNamePromptKey(_ key: Key, draft: inout FilterBuilderState) -> [Effect] {
        guard var field = draft.namePrompt else { return [] }
        if opensHelp(typing: key) { return [] }
        switch field.handle(key) {
        case .cancelled:
            draft.namePrompt = nil
            return commit(draft)
        case .submitted:
            let typed = TextLayout.trimmingSpaces(field.text)
            return save(named: typed.isEmpty ? field.placeholder : typed, draft: &draft)
        default:
            draft.namePrompt = field
            draft.saveProblem = nil
            return commit(draft)
        }
    }

    /// Builds the definition from the active account's template and the draft (`askName` checked both); a refusal
    /// is shown as a sentence.
    private mutating func save(named name: String, draft: inout FilterBuilderState) -> [Effect] {
        guard let selector = draft.selector, let account = accounts.active, var component = account.sourceTemplate else { return [] }
        component.select(selector)
        component.loaderOptions = draft.loaderOptions.values
        let definition = DataSourceDefinition(name: name, account: account.name, component: component)
        let issues = definition.validationIssues()
        guard issues.isEmpty else {
            draft.saveProblem = "Not saved: " + issues.map(\.sentence).joined(separator: "; ") + "."
            return commit(draft)
        }
        let token = nextToken()
        draft.saving = token
        draft.saveProblem = nil
        draft.promptOfSave = draft.namePrompt
        draft.namePrompt = nil
        builder = draft
        let expansion = draft.mode == .pages && draft.pageExpansion.isNeeded ? draft.pageExpansion : nil
        return [.saveDefinition(definition, expanding: expansion, token: token)]
    }

    /// The count arrived; only the latest count of the current draft is shown.
    mutating func countChecked(token: RequestToken, _ result: Result<Int, BackendError>) {
        guard var draft = builder, case .running(let pending, let selector) = draft.check, pending == token else { return }
        switch result {
        case .success(let count):
            draft.check = .counted(count, selector)
            status.loadSucceeded(.builderCount)
        case .failure(let error):
            draft.check = .failed(error.message)
            // The check line cuts a long refusal (a query the server could not parse): `e` shows it whole.
            status.lastError = ErrorReport(message: error.message, detail: error.detail, load: .builderCount)
        }
        builder = draft
    }

    /// Label counts arrived for the picker.
    mutating func labelsLoaded(token: RequestToken, _ result: Result<LabelCounts, BackendError>) {
        guard var draft = builder, draft.labelPhase.pendingToken == token else { return }
        switch result {
        case .success(let counts):
            draft.labels.setItems(counts.entries.map { ListItem(id: $0.name, title: $0.name, detail: Plural.count($0.pages, "page")) })
            // The label chosen on another space stays chosen where this one has it too.
            if let chosen = draft.chosenLabel { draft.labels.select(id: chosen, viewportHeight: max(1, builderListRows)) }
            draft.labelsComplete = counts.isComplete
            draft.labelPhase = .loaded
        case .failure(let error):
            draft.labelPhase = .failed(error.message)
        }
        builder = draft
    }

    /// The keys that write a definition out: the definitions list, its export view, then write to a file.
    var keepingKeys: String {
        [Command.definitions, .open, .writeFile].map { keyMap.firstKeyLabel(for: $0) }.joined(separator: ", ")
    }

    /// The save finished: the builder closes with a notice, or stays with the sentence and its name prompt. A builder closed while it saved
    /// hears the same: its draft gives way to the next one, or stays for `f`, and the status line says which.
    mutating func definitionSaved(token: RequestToken, _ result: Result<SavedDefinition, BackendError>) {
        let isOpen = builder?.saving == token
        guard var draft = isOpen ? builder : closedBuilder, draft.saving == token else { return }
        draft.saving = nil
        let prompt = draft.promptOfSave
        draft.promptOfSave = nil
        switch result {
        case .success(let saved):
            holdsSessionDefinitions = true
            lastSavedDefinition = saved.name
            builder = nil
            closedBuilder = draft.afterSave
            status.notice = saved.sentence + (definitionsLastUntilExit ? " It ends with this session; to keep it, export it (" + keepingKeys + ")." : "")
        case .failure(let error):
            draft.saveProblem = "Not saved: \(error.message)"
            // The prompt opens again with the name, for another try (a name taken wants one changed).
            draft.namePrompt = prompt
            if isOpen {
                builder = draft
            } else {
                closedBuilder = draft
                status.notice = "The definition was not saved: \(error.message); \(keyMap.firstKeyLabel(for: .filterBuilder)) opens its draft again."
            }
        }
    }
}
