import DataSources
import Foundation
import TerminalKit

/// The definitions overlay (`d`): list, rename, duplicate, delete with a confirmation, preview count, loader options
/// and export (with the session's LlamaCloud project id).
extension AppState {
    /// `d`: opens the overlay and reads the definitions.
    mutating func openDefinitions() -> [Effect] {
        let token = nextToken()
        definitions = DefinitionsState(token: token)
        // On the definition just saved, which is what one opens the list to see, the first time after the save.
        definitions?.follow = lastSavedDefinition
        lastSavedDefinition = nil
        return [.loadDefinitions(token: token)]
    }

    /// Where the definitions overlay's parts go at the current size, as drawn (a long message takes list rows).
    var definitionsLayout: DefinitionsLayout {
        DefinitionsLayout(screen: Rect(x: 0, y: 0, width: width, height: max(0, height - 1)), view: definitions,
                          failedMark: (ascii ? Glyphs.ascii : Glyphs.unicode).failed)
    }

    /// Rows the definitions list gets at the current size.
    var definitionsListRows: Int { definitionsLayout.list.height }

    /// What the export view says below its text: that no secret is in it, and which LlamaCloud project the scripts create in.
    func exportNotes(_ export: DefinitionsState.Export) -> [String] {
        let secrets = export.format == .llamaCloudJSON
            ? "No secret is included: add api_token (the Confluence token) before sending this to LlamaCloud."
            : "No secret is included: it reads CONFLUENCE_API_TOKEN and LLAMA_CLOUD_API_KEY when it runs."
        let key = keyMap.firstKeyLabel(for: .projectID)
        let project = if export.format == .llamaCloudJSON {
            "The project id goes in the scripts' create call, not this body (\(keyMap.firstKeyLabel(for: .nextPane)), then \(key))."
        } else if let id = export.projectID {
            "Created in the LlamaCloud project \(id) (\(key) changes it)."
        } else {
            "Created in the API key's default project (\(key) names another)."
        }
        return [secrets, project]
    }

    /// Keeps the export view's scroll within its text at the current size: lines that fit again show from their start.
    mutating func refitExport() {
        guard let export = definitions?.export else { return }
        let rect = exportTextRect(export)
        definitions?.export?.text.scroll(by: 0, viewportHeight: max(1, rect.height))
        definitions?.export?.text.scrollHorizontally(by: 0, viewportWidth: rect.width)
    }

    /// Where the export view's text goes at the current size, as drawn (notes too long for their rows take some of it).
    func exportTextRect(_ export: DefinitionsState.Export) -> Rect {
        definitionsLayout.export(notes: exportNotes(export)).text
    }

    /// Keys while the overlay is open: the confirmation, then a prompt, then the export view or the options panel take them first.
    mutating func handleDefinitionsKey(_ key: Key) -> [Effect] {
        guard var view = definitions else { return [] }
        if var confirm = view.confirm {
            switch confirm.dialog.handle(key) {
            case .chose(0):
                view.confirm = nil
                switch confirm.action {
                case .delete(let name):
                    // The selection stays where it was: on the next definition, or the one before when it was the last.
                    let names = view.list.items.map(\.id)
                    if let index = names.firstIndex(of: name) {
                        view.follow = index + 1 < names.count ? names[index + 1] : index > 0 ? names[index - 1] : nil
                    }
                    return run(&view) { .deleteDefinition(name, token: $0) }
                case .move(let name, let template, let account):
                    return run(&view) { .moveDefinition(name, onto: template, account: account, token: $0) }
                }
            case .chose, .cancelled:
                view.confirm = nil
            case .moved, .ignored:
                view.confirm = confirm
            }
            definitions = view
            return []
        }
        if view.prompt != nil { return definitionsPromptKey(key, view: &view) }
        let command = keyMap.command(for: key)
        if view.export != nil { return exportKey(key, command: command, view: &view) }
        if view.options != nil { return loaderOptionsKey(command, view: &view) }
        let rows = max(1, definitionsListRows)
        switch command {
        case .back?, .definitions?, .quit?:
            definitions = nil
            return []
        case .help?:
            overlay = .help(offset: 0)
            return []
        case .down?: view.list.moveSelection(by: 1, viewportHeight: rows)
        case .up?: view.list.moveSelection(by: -1, viewportHeight: rows)
        case .pageDown?, .halfPageDown?: view.list.moveSelection(by: rows, viewportHeight: rows)
        case .pageUp?, .halfPageUp?: view.list.moveSelection(by: -rows, viewportHeight: rows)
        case .top?: view.list.selectFirst(viewportHeight: rows)
        case .bottom?: view.list.selectLast(viewportHeight: rows)
        case .refresh?:
            let token = nextToken()
            view.phase = .loading(token)
            definitions = view
            return [.loadDefinitions(token: token)]
        case .rename?, .duplicate?:
            guard let name = view.list.selectedID else { break }
            view.open(DefinitionsState.Prompt(purpose: command == .rename ? .rename(name) : .duplicate(name),
                                              field: LineInput(text: command == .rename ? name
                                                                   : DefinitionName.copyName(of: name, taken: Set(view.list.items.map(\.id))),
                                                               prompt: command == .rename ? "Rename to: " : "Copy as: ")))
        case .delete?:
            guard let name = view.list.selectedID else { break }
            // The last operation's sentence goes, so it is not read as the answer to this question.
            view.message = nil
            view.confirm = (Dialog.confirmation(title: "Delete definition", body: ["Delete \(name)?", "The definition's file is removed."],
                                                action: "Delete"), .delete(name))
        case .save?:
            guard let definition = view.selected else { break }
            guard case .move(_, let template, let account)? = move(for: definition) else {
                view.message = ("\(definition.name) is saved as \(definition.account ?? "its account") reads its site; "
                    + "\(keyMap.firstKeyLabel(for: .save)) saves a definition again once its account names another site or user.", false)
                break
            }
            let user = template.userName.map { " as \($0)" } ?? ""
            view.message = nil
            view.confirm = (Dialog.confirmation(title: "Save definition again", body: [
                "Save \(definition.name) again on \(account)?",
                "It reads \(template.shownServerURL)\(user) from now on, not \(definition.component.shownServerURL), and keeps what it selects.",
            ], action: "Save"), .move(definition.name, onto: template, account: account))
        case .export?, .open?:
            guard let definition = view.selected else { break }
            view.message = nil
            view.export = DefinitionsState.Export(definition: definition, format: .llamaCloudJSON, projectID: llamaCloudProjectID)
        case .loaderOptions?:
            guard let definition = view.selected else { break }
            view.message = nil
            view.options = (definition.name, LoaderOptionsEditor(definition.component.loaderOptions))
        case .errorDetail?:
            guard status.lastError != nil else { break }
            overlay = .errorDetail
        case .count?:
            guard let definition = view.selected else { break }
            if let problem = cannotRun(definition) {
                fail(problem, in: &view)
                break
            }
            return run(&view) { .previewDefinition(definition, token: $0) }
        case .ingestionPreview?:
            guard let definition = view.selected else { break }
            if let problem = cannotRun(definition) {
                fail(problem, in: &view)
                break
            }
            guard let selector = definition.selector else { break }
            definitions = view
            return openIngestion(name: definition.name, selector: selector, definition: definition.name)
        default:
            break
        }
        definitions = view
        return []
    }

    /// Shows a failure on the overlay's message line and keeps it whole as the last error, which `e` shows when
    /// the line cuts it.
    private mutating func fail(_ text: String, in view: inout DefinitionsState) {
        view.message = (text, true)
        status.lastError = ErrorReport(message: text, load: .definitions)
    }

    /// What `s` does to `definition`: save it again on the account this window browses, when it was saved on that account
    /// (or on one since removed) and the account now reads another site or as another user; nil otherwise.
    func move(for definition: DataSourceDefinition) -> DefinitionsState.Confirmed? {
        guard let active = accounts.active, let template = active.sourceTemplate, !accounts.isRemoved(active.name),
              let owner = definition.account else { return nil }
        let moved = owner == active.name ? !definition.component.reads(like: template) : accounts.isRemoved(owner)
        return moved ? .move(definition.name, onto: template, account: active.name) : nil
    }

    /// Why `definition` cannot be counted or previewed: it breaks a rule (a hand edit the CLI refuses too), or it selects
    /// pages elsewhere (`elsewhere`).
    private func cannotRun(_ definition: DataSourceDefinition) -> String? {
        let problems = DefinitionsState.problems(of: definition)
        guard problems.isEmpty else {
            return "\(definition.name) is not valid, so it is not counted or previewed: \(problems.joined(separator: "; "))."
        }
        return elsewhere(definition)
    }

    /// Why `definition` cannot be counted or previewed here: it was saved through another account or for another
    /// site than the one this window browses, and its pages must come from there (nil: it belongs here).
    private func elsewhere(_ definition: DataSourceDefinition) -> String? {
        guard let active = accounts.active else { return nil }
        let otherAccount = definition.account.map { $0 != active.name } ?? false
        let otherSite = active.sourceTemplate.map { !ConfluenceDataSource.isSameServer($0.serverURL, definition.component.serverURL) } ?? false
        let preview = "confluence-tui preview --source \(definition.name)"
        if let owner = definition.account, accounts.isRemoved(owner) {
            return "\(definition.name) selects pages on account \(owner), which was removed: " + (move(for: definition) != nil
                ? "\(keyMap.firstKeyLabel(for: .save)) saves it again on \(active.name)."
                : "save it again on an account that exists (confluence-tui sources save \(definition.name) --account NAME --force).")
        }
        if otherAccount, let owner = definition.account {
            return "\(definition.name) selects pages on account \(owner), not on \(active.name), which this window browses. "
                + "Open \(owner) in the accounts pane first, or run \(preview)."
        }
        guard otherSite else { return nil }
        return "\(definition.name) selects pages on \(definition.component.shownServerURL), not on the site of \(active.name), "
            + "which this window browses; " + (move(for: definition) != nil ? "\(keyMap.firstKeyLabel(for: .save)) saves it again on \(active.name)'s site." : "run \(preview).")
    }

    private mutating func exportKey(_ key: Key, command: Command?, view: inout DefinitionsState) -> [Effect] {
        guard var export = view.export else { return [] }
        let body = exportTextRect(export)
        let rows = max(1, body.height)
        switch command {
        case .help?:
            overlay = .help(offset: 0)
        case .back?, .quit?, .export?:
            // The last write's sentence was about this export: it goes with it.
            view.export = nil
            view.message = nil
        case .nextPane?, .previousPane?:
            view.message = nil
            let formats = ExportFormat.allCases
            let index = formats.firstIndex(of: export.format) ?? 0
            let next = formats[(index + (command == .nextPane ? 1 : formats.count - 1)) % formats.count]
            export = DefinitionsState.Export(definition: export.definition, format: next, projectID: llamaCloudProjectID)
            view.export = export
        case .down?: scrollExport(&view, by: 1, rows: rows)
        case .up?: scrollExport(&view, by: -1, rows: rows)
        case .pageDown?, .halfPageDown?: scrollExport(&view, by: rows, rows: rows)
        case .pageUp?, .halfPageUp?: scrollExport(&view, by: -rows, rows: rows)
        case .top?: view.export?.text.scrollToTop()
        case .bottom?: view.export?.text.scrollToBottom(viewportHeight: rows)
        case .copyURL?:
            guard let output = export.output else {
                fail("Nothing to copy: \(export.definition.name) cannot be exported.", in: &view)
                break
            }
            definitions = view
            return [.copyToClipboard(text: output, label: "\(export.format.rawValue) export")]
        case .errorDetail?:
            if status.lastError != nil { overlay = .errorDetail }
        case .left?: view.export?.text.scrollHorizontally(by: -Self.horizontalStep, viewportWidth: body.width)
        case .right?: view.export?.text.scrollHorizontally(by: Self.horizontalStep, viewportWidth: body.width)
        case .writeFile?, .save?:
            guard export.output != nil else {
                fail("Nothing to write: \(export.definition.name) cannot be exported.", in: &view)
                break
            }
            view.open(DefinitionsState.Prompt(purpose: .exportPath, field: LineInput(text: export.suggestedPath, prompt: "Write to: ")))
        case .projectID?:
            // As `sources export --project-id` refuses the JSON format: the project goes in the create call's URL.
            guard export.format != .llamaCloudJSON else {
                fail("The llamacloud-json body has no place for a project id: it goes in the create call's address. "
                     + "\(keyMap.firstKeyLabel(for: .nextPane)) to python, typescript or curl, which make that call.", in: &view)
                break
            }
            view.open(DefinitionsState.Prompt(purpose: .projectID, field: LineInput(text: llamaCloudProjectID ?? "", prompt: "Project id: ")))
        default:
            break
        }
        definitions = view
        return []
    }

    /// Keys while the loader options panel is open: move, cycle the selected option, save them all, or leave unsaved.
    private mutating func loaderOptionsKey(_ command: Command?, view: inout DefinitionsState) -> [Effect] {
        guard let name = view.options?.name, var editor = view.options?.editor else { return [] }
        switch command {
        case .help?:
            overlay = .help(offset: 0)
        case .back?, .quit?, .loaderOptions?:
            view.options = nil
            if editor.isEdited { view.message = ("The loader options of \(name) were left as saved.", false) }
        case .save?:
            view.options = nil
            return run(&view) { .setLoaderOptions(definitionName: name, options: editor.values, token: $0) }
        default:
            editor.handle(command)
            view.options = (name, editor)
        }
        definitions = view
        return []
    }

    /// Keeps `text` as the session's project id for the export scripts (empty: the key's default project), or says
    /// why it cannot be one, as `--project-id` would; returns whether it was kept.
    private mutating func setProjectID(_ text: String, view: inout DefinitionsState) -> Bool {
        if let problem = text.isEmpty ? nil : LlamaCloudProjectID.problem(text) {
            fail("The project id \"\(text)\" cannot be used: \(problem).", in: &view)
            return false
        }
        llamaCloudProjectID = text.isEmpty ? nil : text
        status.loadSucceeded(.definitions)
        guard let export = view.export else { return true }
        view.export = DefinitionsState.Export(definition: export.definition, format: export.format, projectID: llamaCloudProjectID)
        view.message = (llamaCloudProjectID.map { "Project id set to \($0), kept while this window is open." } ?? "Project id cleared: the API key's default project.", false)
        return true
    }

    private func scrollExport(_ view: inout DefinitionsState, by delta: Int, rows: Int) {
        view.export?.text.scroll(by: delta, viewportHeight: rows)
    }

    private mutating func definitionsPromptKey(_ key: Key, view: inout DefinitionsState) -> [Effect] {
        guard var prompt = view.prompt else { return [] }
        if opensHelp(typing: key) { return [] }
        switch prompt.field.handle(key) {
        case .cancelled:
            view.prompt = nil
            // A refusal of what was typed goes with it, from the status line too (`e` still shows it).
            if let message = view.message, message.failed, status.lastError?.message == message.text { status.dismissError() }
            view.message = nil
        case .submitted:
            let text = TextLayout.trimmingSpaces(prompt.field.text)
            view.prompt = nil
            // Nothing typed is a cancel: an earlier attempt's sentence goes too.
            guard !text.isEmpty || prompt.purpose == .projectID else {
                view.message = nil
                break
            }
            switch prompt.purpose {
            case .rename(let name):
                guard text != name else {
                    // The same name: nothing to do, and an earlier attempt's sentence goes, as with nothing typed.
                    view.message = ("\(name) keeps its name.", false)
                    break
                }
                view.follow = text
                return run(&view, from: prompt) { .renameDefinition(name, to: text, token: $0) }
            case .duplicate(let name):
                view.follow = text
                return run(&view, from: prompt) { .duplicateDefinition(name, as: text, token: $0) }
            case .exportPath:
                guard let output = view.export?.output else { break }
                return run(&view, from: prompt) { .writeFile(path: text, text: output, token: $0) }
            case .projectID:
                // A refused id stays in its prompt, to be corrected rather than typed again.
                if !setProjectID(text, view: &view) { view.prompt = prompt }
            }
        default:
            view.prompt = prompt
        }
        definitions = view
        return []
    }

    /// Starts one operation, replacing any earlier one's claim on the result; `prompt` is the one it was typed into.
    private mutating func run(_ view: inout DefinitionsState, from prompt: DefinitionsState.Prompt? = nil,
                              _ make: (RequestToken) -> Effect) -> [Effect] {
        let token = nextToken()
        view.pending = token
        view.submittedPrompt = prompt
        view.message = nil
        definitions = view
        return [make(token)]
    }

    /// The listing arrived.
    mutating func definitionsLoaded(token: RequestToken, _ result: Result<DefinitionList, BackendError>) {
        guard var view = definitions, view.phase.pendingToken == token else { return }
        switch result {
        case .success(let listing):
            holdsSessionDefinitions = !listing.definitions.isEmpty
            view.apply(listing)
            if let name = view.follow { view.list.select(id: name, viewportHeight: max(1, definitionsListRows)) }
            view.follow = nil
            status.loadSucceeded(.definitions)
            // The overlay names the first file it cannot read; `e` shows every one.
            if listing.problems.count > 1 {
                status.lastError = ErrorReport(message: "\(listing.problems.count) definition files could not be read",
                                               detail: listing.problems.joined(separator: "\n\n"), load: .definitions)
            }
        case .failure(let error): view.phase = .failed(error.message)
        }
        definitions = view
    }

    /// An operation finished: its sentence is shown and the listing is read again (not after a write).
    mutating func definitionsChanged(token: RequestToken, _ result: Result<String, BackendError>) -> [Effect] {
        guard var view = definitions, view.pending == token else { return [] }
        view.pending = nil
        let submitted = view.submittedPrompt
        view.submittedPrompt = nil
        switch result {
        case .success(let sentence):
            view.message = (sentence, false)
            status.loadSucceeded(.definitions)
            if view.export != nil {
                definitions = view
                return []
            }
            let reload = nextToken()
            view.phase = .loading(reload)
            definitions = view
            return [.loadDefinitions(token: reload)]
        case .failure(let error):
            view.follow = nil
            // The text typed comes back for a fix, unless another prompt opened meanwhile or a path's export view closed.
            if view.prompt == nil, let submitted, submitted.purpose != .exportPath || view.export != nil { view.prompt = submitted }
            fail(error.message, in: &view)
            definitions = view
            return []
        }
    }

    /// Records in `name` a count the ingestion overlay measured, as `p` would, when the definitions overlay is beneath.
    mutating func recordPreview(_ count: Int, in name: String) -> [Effect] {
        guard var view = definitions, view.pending == nil else { return [] }
        return run(&view) { .recordPreview(definitionName: name, count: count, token: $0) }
    }

    /// A preview count arrived (and was recorded): the listing is read again to show it.
    mutating func definitionPreviewed(token: RequestToken, name: String, _ result: Result<Int, BackendError>) -> [Effect] {
        definitionsChanged(token: token, result.map { "\(name) selects \(Plural.count($0, "page")) now." })
    }
}
