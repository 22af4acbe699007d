public import CQL
public import DataSources
public import TerminalKit

/// The filter builder overlay (`f`): a draft selection in one of four modes, its local CQL check,
/// the server's count, and the save prompt.
public struct FilterBuilderState: Sendable {
    /// The mode shown.
    public var mode: FilterMode
    /// The space the builder was opened on (space mode), if any.
    public var spaceKey: String?
    /// The pages and folders marked when the builder opened (pages mode), oldest first.
    public var pageIDs: [String]
    /// The marked folders among `pageIDs`, which stand for the pages below them.
    public var folderIDs: Set<String>
    /// Whether the marked pages' descendants are added (expanded to ids when saving).
    public var includeDescendants = false
    /// The marks as page ids (folders' pages, with descendants when asked), once looked up for a count or preview (the
    /// ids saving writes).
    public var expandedIDs: [String]?
    /// The descendant lookup in flight, whether the preview (else the count) runs when it ends, and how many pages it
    /// has found so far.
    public var expansion: (token: RequestToken, forPreview: Bool, found: Int)?
    /// The label picker: labels of the space (or site) with page counts, filtered as you type.
    public var labels = ListView<String>()
    /// The label load.
    public var labelPhase: LoadPhase = .idle
    /// Whether the label counts cover every page (false: the scan stopped at its limit).
    public var labelsComplete = true
    /// The label last chosen in the picker, kept when another space's labels, which may lack it, replace the list.
    public var chosenLabel: String?
    /// The label picker's filter line.
    public var labelFilter = LineInput(prompt: "filter: ")
    /// The CQL editor.
    public var cql = LineInput(prompt: "cql> ")
    /// The local validator's findings for `cql`, in source order.
    public var diagnostics: [CQLDiagnostic] = []
    /// The server's count of the draft.
    public var check: CountCheck = .idle
    /// The loader options the saved definition gets, all unset until set in the options panel.
    public var loaderOptions = LoaderOptionsEditor([:])
    /// Whether the options panel (`O`) shows in place of the mode's body.
    public var showsOptions = false
    /// The name prompt shown while saving.
    public var namePrompt: LineInput?
    /// Why the last save attempt was refused (a validation sentence), if it was.
    public var saveProblem: String?
    /// The save in flight.
    public var saving: RequestToken?
    /// The name prompt of the save in flight, open again with its name if the save fails.
    var promptOfSave: LineInput?
    /// Whether a first `c` asked before replacing a query typed in the CQL tab; the next key decides.
    public var confirmsCQLReplacement = false

    /// Opens the builder on `spaceKey` with the marked pages and folders; it starts in pages mode when any are marked.
    public init(spaceKey: String?, pageIDs: [String], folderIDs: Set<String> = []) {
        self.spaceKey = spaceKey
        self.pageIDs = pageIDs
        self.folderIDs = folderIDs
        mode = pageIDs.isEmpty ? .space : .pages
    }

    /// This draft opened again on `spaceKey` and the pages marked now. The CQL, the label filter, the descendants choice,
    /// the loader options and a save still running (or its failed name prompt) stay, and so does a label or CQL mode; the space and pages
    /// modes follow the marks, as on a first opening. What the server said about the old draft goes, but labels loaded for the same space stay; another
    /// space's load into the picker, whose filter and chosen label stay.
    func reopened(spaceKey: String?, pageIDs: [String], folderIDs: Set<String>) -> FilterBuilderState {
        var draft = FilterBuilderState(spaceKey: spaceKey, pageIDs: pageIDs, folderIDs: folderIDs)
        if mode == .label || mode == .cql { draft.mode = mode }
        draft.includeDescendants = includeDescendants
        if pageIDs == self.pageIDs { draft.expandedIDs = expandedIDs }
        // The picker keeps its filter and chosen label; labels of another space load into it.
        draft.labels = labels
        draft.chosenLabel = chosenLabel
        if spaceKey == self.spaceKey && labelPhase == .loaded {
            draft.labelPhase = .loaded
            draft.labelsComplete = labelsComplete
        }
        draft.labelFilter = labelFilter
        draft.cql = cql
        draft.diagnostics = diagnostics
        draft.loaderOptions = loaderOptions
        draft.saving = saving
        draft.promptOfSave = promptOfSave
        // A save that failed while the builder was closed opens with its name and why.
        if let namePrompt, saving == nil {
            draft.namePrompt = namePrompt
            draft.saveProblem = saveProblem
        }
        return draft
    }

    /// The draft `f` opens after this one is saved: a new one that keeps only the standing choice of whether marked
    /// pages bring their descendants.
    var afterSave: FilterBuilderState {
        var next = FilterBuilderState(spaceKey: spaceKey, pageIDs: [])
        next.includeDescendants = includeDescendants
        return next
    }

    /// The selector the draft stands for, or nil when the mode has nothing chosen yet.
    public var selector: ConfluenceDataSource.Selector? {
        switch mode {
        case .space: spaceKey.map { .space(key: $0) }
        case .pages: pageIDs.isEmpty ? nil : .pageIDs(pageIDs)
        case .label: (labels.selectedID ?? typedLabel).map { .label($0) }
        case .cql: TextLayout.trimmingSpaces(cql.text).isEmpty ? nil : .cql(cql.text)
        }
    }

    /// The label typed in the picker's filter when it matches none listed: the picker lists the labels of the space in
    /// view, but a label selects pages site-wide, so one used elsewhere can be typed whole (lowercased, as Confluence
    /// stores labels). Nil while a listed label matches, or when the text cannot be a label (it holds a space).
    public var typedLabel: String? {
        guard labels.matchCount == 0 else { return nil }
        let text = TextLayout.trimmingSpaces(labelFilter.text).lowercased()
        guard !text.isEmpty, !text.contains(where: \.isWhitespace) else { return nil }
        return text
    }

    /// What is missing when `selector` is nil, as a sentence.
    public var missingSelection: String {
        switch mode {
        case .space: "Choose a space in the spaces pane first."
        case .pages: "Mark pages in the tree with Space first."
        case .label:
            labels.matchCount == 0 && TextLayout.trimmingSpaces(labelFilter.text).contains(where: \.isWhitespace)
                ? "A Confluence label is one word: \"\(TextLayout.trimmingSpaces(labelFilter.text))\" holds a space, so no label matches it."
                : "Pick a label first."
        case .cql: "Write a CQL query first."
        }
    }

    /// The CQL `c` turns the draft into; the marked pages' descendants, and the pages below marked folders, are added
    /// with `ancestor`.
    /// - Note: search leaves archived spaces and pages out, which a space's listing and fetched ids do not.
    public var draftCQL: String? {
        guard let selector else { return nil }
        guard mode == .pages, pageExpansion.isNeeded else { return selector.equivalentCQL }
        let pages = pageIDs.filter { !folderIDs.contains($0) }
        let ancestors = includeDescendants ? pageIDs : pageIDs.filter(folderIDs.contains)
        let below = "(ancestor in (\(ancestors.joined(separator: ", "))) AND type = page)"
        return pages.isEmpty ? below : "id in (\(pages.joined(separator: ", "))) OR " + below
    }

    /// What the marks stand for as page ids, looked up before a count, preview or save when `isNeeded`.
    var pageExpansion: PageExpansion {
        PageExpansion(roots: pageIDs, folders: folderIDs, includesDescendants: includeDescendants)
    }

    /// The selection an ingestion preview (and count) of the draft runs: the selector, or when marks need a lookup the
    /// ids saving would write, nil until they are looked up.
    public var previewSelector: ConfluenceDataSource.Selector? {
        guard mode == .pages, pageExpansion.isNeeded else { return selector }
        return expandedIDs.map { .pageIDs($0) }
    }

    /// Whether the marks must be looked up before the draft is counted or previewed.
    var needsExpansion: Bool { mode == .pages && pageExpansion.isNeeded && expandedIDs == nil }

    /// Whether the local check found an error (warnings do not count).
    public var hasCQLError: Bool { mode == .cql && diagnostics.contains(where: \.isError) }

    /// Why the CQL tab's query is neither saved nor previewed (the local check's first error), or nil.
    var cqlProblem: String? {
        guard hasCQLError, let error = diagnostics.first(where: \.isError) else { return nil }
        return "The query is not valid CQL: \(error)."
    }

    /// Re-runs the local CQL check.
    mutating func revalidate() {
        diagnostics = TextLayout.trimmingSpaces(cql.text).isEmpty ? [] : CQLValidator.validate(cql.text)
    }

    /// Switches to CQL mode with the draft's equivalent query in the editor.
    /// When there is nothing to convert yet, says so instead; when the editor holds another query the user wrote,
    /// asks for the key (`keyLabel`) again before replacing it.
    mutating func convertToCQL(keyLabel: String) {
        guard let query = draftCQL else {
            saveProblem = missingSelection
            return
        }
        let typed = TextLayout.trimmingSpaces(cql.text)
        if !typed.isEmpty && typed != query && !confirmsCQLReplacement {
            confirmsCQLReplacement = true
            saveProblem = "The CQL tab holds a query of its own: \(keyLabel) again replaces it with this filter's."
            return
        }
        confirmsCQLReplacement = false
        saveProblem = nil
        mode = .cql
        cql = LineInput(text: query, prompt: cql.prompt)
        check = .idle
        revalidate()
    }
}
