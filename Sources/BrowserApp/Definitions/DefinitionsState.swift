import CQL
public import DataSources
public import TerminalKit

/// The definitions overlay (`d`): the saved definitions, a name, path or project prompt, the delete
/// confirmation, the loader options panel and the export view.
public struct DefinitionsState: Sendable {
    /// What a prompt's text is for.
    public enum PromptPurpose: Hashable, Sendable {
        case rename(String)
        case duplicate(String)
        case exportPath
        case projectID
    }

    /// A one-line prompt.
    public struct Prompt: Hashable, Sendable {
        /// What Enter does with the text.
        public var purpose: PromptPurpose
        /// The field.
        public var field: LineInput
    }

    /// The export view: one definition in one format, scrollable.
    public struct Export: Sendable {
        /// The definition exported.
        public var definition: DataSourceDefinition
        /// The chosen format.
        public var format: ExportFormat
        /// The LlamaCloud project the scripts create the data source in (nil: the API key's default project).
        public var projectID: String?
        /// The exported text (empty when the export failed).
        public var text: TextView
        /// The text to write, nil when the export failed.
        public var output: String?
        /// Why there is no export: the exporter's sentence (a hand edit it refuses).
        public var failure: String?

        /// Exports `definition` as `format` (never with secrets), the scripts creating it in `projectID`.
        init(definition: DataSourceDefinition, format: ExportFormat, projectID: String?) {
            self.definition = definition
            self.format = format
            self.projectID = projectID
            do {
                let exported = try DefinitionExporter.export(definition, as: format, options: ExportOptions(projectID: projectID))
                output = exported
                text = TextView(lines: exported.split(separator: "\n", omittingEmptySubsequences: false).map { [StyledRun(String($0))] })
            } catch {
                output = nil
                text = TextView()
                failure = String(describing: error).capitalizedFirst
            }
        }

        /// The file name offered when writing: `NAME.ext` in the working directory.
        var suggestedPath: String { definition.name + "." + format.fileExtension }
    }

    /// The rules `definition` breaks (a hand edit; the CLI refuses it too), as sentences: the definition's own and, for a
    /// query, the CQL parser's. `besidesSelectorCount` leaves out the one-selector rule, which the details say otherwise.
    static func problems(of definition: DataSourceDefinition, besidesSelectorCount: Bool = false) -> [String] {
        var problems = definition.validationIssues().filter { !besidesSelectorCount || $0.field != "selector" }.map(\.sentence)
        if case .cql(let query) = definition.selector, let error = CQLValidator.validate(query).first(where: \.isError) {
            problems.append("cql is not valid CQL: \(error)")
        }
        return problems
    }

    /// The list, keyed by definition name.
    public var list = ListView<String>()
    /// The definitions by name.
    public var byName: [String: DataSourceDefinition] = [:]
    /// Files that could not be read.
    public var problems: [String] = []
    /// The other name a definition's file holds, by definition name.
    public var namesInFiles: [String: String] = [:]
    /// The listing load.
    public var phase: LoadPhase = .idle
    /// The operation in flight (rename, duplicate, delete, write, preview).
    public var pending: RequestToken?
    /// The prompt shown, if any.
    public var prompt: Prompt?
    /// The prompt whose text the operation in flight came from: it opens again, text kept, when the operation fails.
    public var submittedPrompt: Prompt?
    /// What a confirmation asks to do: delete a definition, or save it again on the account this window browses.
    public enum Confirmed: Hashable, Sendable {
        case delete(String)
        case move(String, onto: ConfluenceDataSource, account: String)
    }

    /// The confirmation shown and what it confirms.
    public var confirm: (dialog: Dialog, action: Confirmed)?
    /// The export view, if open.
    public var export: Export?
    /// The loader options panel and the definition it edits, if open.
    public var options: (name: String, editor: LoaderOptionsEditor)?
    /// The name to select once the next listing arrives: the new name of a rename, the copy of a duplicate.
    public var follow: String?
    /// The last operation's sentence (success or failure) and whether it failed.
    public var message: (text: String, failed: Bool)?

    /// Creates an empty overlay loading with `token`.
    init(token: RequestToken) {
        phase = .loading(token)
    }

    /// What the message row shows, `failedMark` before a failure (nil while a prompt or an operation has the row).
    func messageLine(failedMark: String) -> String? {
        guard pending == nil, let message else { return nil }
        return (message.failed ? failedMark + " " : "") + message.text
    }

    /// Opens `prompt` with no earlier sentence above it (a prompt opened again after a failure keeps the failure).
    mutating func open(_ prompt: Prompt) {
        self.prompt = prompt
        message = nil
    }

    /// The selected definition.
    public var selected: DataSourceDefinition? { list.selectedID.flatMap { byName[$0] } }

    /// Shows a fresh listing, keeping the selection when the name is still there.
    mutating func apply(_ listing: DefinitionList) {
        byName = Dictionary(listing.definitions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        problems = listing.problems
        namesInFiles = listing.namesInFiles
        list.setItems(listing.definitions.map { definition in
            // A long selector (a query) is cut before the last preview's count, which stays whole.
            ListItem(id: definition.name, title: definition.name, detail: definition.selectorSummary,
                     keepingDetailEnd: " · " + (definition.lastPreview.map { Plural.count($0.count, "page") } ?? "not previewed"))
        })
        phase = .loaded
    }
}
