import DataSources
import Foundation
import LocalStore

/// The file and network work behind the definition effects, run in effect tasks (never on the
/// main actor): the store, the preview count and export writes.
struct DefinitionWork: Sendable {
    /// The store; nil when this session cannot save definitions.
    let store: DefinitionStore?
    /// The configured accounts, read before a definition is saved on one; nil when this session manages none (the demo).
    var accounts: (any AccountManager)? = nil

    /// Performs one definition effect and returns its result action (nil for other effects).
    func perform(_ effect: Effect, backend: any BrowserBackend) async -> AppAction? {
        switch effect {
        case .saveDefinition(let definition, let expand, let token):
            return .definitionSaved(token: token, await Result.awaiting { () throws(BackendError) in
                try await save(definition, expanding: expand, backend: backend)
            })
        case .loadDefinitions(let token):
            return .definitionsLoaded(token: token, await Result.awaiting { () throws(BackendError) in try list() })
        case .findDefinitionsOfAccount(let name, let token):
            // A session without a store keeps no definitions to name.
            return .accountUsersFound(name: name, token: token, await Result.awaiting { () throws(BackendError) in
                store == nil ? [] : try list().definitions.filter { $0.account == name }.map(\.name)
            })
        case .renameDefinition(let name, let newName, let token):
            return .definitionsChanged(token: token, await Result.awaiting { () throws(BackendError) in
                try await storeCall { (store: DefinitionStore) throws(DefinitionStoreError) in try await store.rename(name, to: newName) }
                return "Renamed \(name) to \(newName)."
            })
        case .duplicateDefinition(let name, let newName, let token):
            return .definitionsChanged(token: token, await Result.awaiting { () throws(BackendError) in
                try await storeCall { (store: DefinitionStore) throws(DefinitionStoreError) in try await store.duplicate(name, as: newName) }
                return "Copied \(name) to \(newName)."
            })
        case .deleteDefinition(let name, let token):
            return .definitionsChanged(token: token, await Result.awaiting { () throws(BackendError) in
                try await storeCall { (store: DefinitionStore) throws(DefinitionStoreError) in try await store.delete(name) }
                return "Deleted \(name)."
            })
        case .moveDefinition(let name, let template, let account, let token):
            return .definitionsChanged(token: token, await Result.awaiting { () throws(BackendError) in
                try await checkAccount(of: DataSourceDefinition(name: name, account: account, component: template))
                let moved = try await storeCall { (store: DefinitionStore) throws(DefinitionStoreError) in
                    try await store.move(name, onto: template, account: account)
                }
                return "Saved \(name) again on \(account): \(moved.selectorSummary) on \(moved.component.shownServerURL)."
            })
        case .previewDefinition(let definition, let token):
            return .definitionPreviewed(token: token, name: definition.name, await Result.awaiting { () throws(BackendError) in
                try await preview(definition, backend: backend)
            })
        case .recordPreview(let name, let count, let token):
            return .definitionPreviewed(token: token, name: name, await Result.awaiting { () throws(BackendError) in
                try await storeCall { (store: DefinitionStore) throws(DefinitionStoreError) in try await store.recordPreview(name, count: count, at: Date()) }
                return count
            })
        case .setLoaderOptions(let name, let options, let token):
            return .definitionsChanged(token: token, await Result.awaiting { () throws(BackendError) in
                try await storeCall { (store: DefinitionStore) throws(DefinitionStoreError) in try await store.setLoaderOptions(name, options) }
                return "Saved the loader options of \(name): \(LoaderOption.summary(options))."
            })
        case .writeFile(let path, let text, let token):
            return .definitionsChanged(token: token, await Result.awaiting { () throws(BackendError) in
                let url = Self.fileURL(path)
                do {
                    // The browser's exports never embed a secret.
                    try ExportFile.write(text, to: url, holdsSecret: false)
                } catch {
                    throw BackendError(message: String(describing: error))
                }
                return "Wrote \(url.path)."
            })
        default:
            return nil
        }
    }

    /// Saves without replacing; with marks to expand, their pages' ids are listed first.
    private func save(_ definition: DataSourceDefinition, expanding expansion: PageExpansion?,
                      backend: any BrowserBackend) async throws(BackendError) -> SavedDefinition {
        var chosen = definition
        var added = 0
        if let expansion {
            let expanded = try await expansion.ids(on: backend)
            // Only marked folders leave nothing when they hold no page, which a page-id list cannot say.
            guard !expanded.ids.isEmpty else {
                throw BackendError(message: "the marked folders hold no current page, so there is nothing to save; mark pages, or a folder that holds some")
            }
            added = expanded.added
            chosen.component.select(.pageIDs(expanded.ids))
        }
        try await checkAccount(of: chosen)
        let saving = chosen
        try await storeCall { (store: DefinitionStore) throws(DefinitionStoreError) in try await store.save(saving, overwrite: false) }
        return SavedDefinition(name: chosen.name, selector: chosen.selector?.description ?? "", addedDescendants: added)
    }

    /// Refuses a definition whose account is no longer configured, or now names another site: another window or the
    /// command line changed it since this one read the accounts, and the definition would be broken from the start.
    private func checkAccount(of definition: DataSourceDefinition) async throws(BackendError) {
        guard let accounts, let name = definition.account else { return }
        let current = try await accounts.accounts()
        guard let entry = current.first(where: { $0.entry.name == name })?.entry else {
            throw BackendError(message: "the account \(name) is no longer configured (it was removed elsewhere), so a definition saved on it "
                + "would have no account; open another account in the accounts pane")
        }
        if let template = entry.sourceTemplate, !ConfluenceDataSource.isSameServer(template.serverURL, definition.component.serverURL) {
            throw BackendError(message: "the account \(name) now names \(template.shownServerURL) (it was edited elsewhere), not the site this "
                + "window browses; open it again in the accounts pane to save definitions for it")
        }
    }

    /// The names of account `name`'s saved definitions that do not read `template`'s site as its user; none when the
    /// account has no template or the definitions cannot be read (the save itself went well).
    func definitions(of name: String, notReadingLike template: ConfluenceDataSource?) -> [String] {
        guard let template, let listing = try? store?.list() else { return [] }
        return listing.definitions.filter { $0.account == name && !$0.component.reads(like: template) }.map(\.name)
    }

    private func list() throws(BackendError) -> DefinitionList {
        let store = try available()
        do {
            let listing = try store.list()
            return DefinitionList(definitions: listing.definitions, problems: listing.problems.map(\.description),
                                  namesInFiles: listing.namesInFiles)
        } catch {
            throw BackendError(message: error.description)
        }
    }

    /// The count the ingestion preview shows for the definition, recorded in it.
    private func preview(_ definition: DataSourceDefinition, backend: any BrowserBackend) async throws(BackendError) -> Int {
        guard let selector = definition.selector else {
            throw BackendError(message: "\(definition.name) does not hold exactly one selector, so there is nothing to preview.")
        }
        let count = try await backend.count(of: selector)
        let name = definition.name
        try await storeCall { (store: DefinitionStore) throws(DefinitionStoreError) in try await store.recordPreview(name, count: count, at: Date()) }
        return count
    }

    private func available() throws(BackendError) -> DefinitionStore {
        guard let store else { throw BackendError(message: "This session has no configuration folder to keep definitions in.") }
        return store
    }

    /// Runs a store operation, turning its error into the same sentence.
    private func storeCall<T: Sendable>(_ body: @Sendable (DefinitionStore) async throws(DefinitionStoreError) -> T) async throws(BackendError) -> T {
        let store = try available()
        do {
            return try await body(store)
        } catch {
            throw BackendError(message: error.description)
        }
    }

    /// `~/x` under the home folder, a relative path under the working directory.
    static func fileURL(_ path: String) -> URL {
        if path == "~" || path.hasPrefix("~/") {
            let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
            return URL(fileURLWithPath: home + String(path.dropFirst()))
        }
        return URL(fileURLWithPath: path)
    }
}
