import ConfluenceKit
import Foundation

extension DataSourceDefinition {
    /// Every rule the definition breaks, each as a sentence; empty when it is valid.
    ///
    /// Several selectors are reported, never trimmed: the user decides which one to keep.
    /// `cql` is only checked for emptiness here; the CQL module checks its syntax.
    public func validationIssues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if let problem = DefinitionName.problem(name) {
            issues.append(ValidationIssue(field: "name", sentence: problem))
        }
        if let account, account.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            issues.append(ValidationIssue(field: "account", sentence: "account is empty; name an account or leave the field out"))
        }
        issues += component.validationIssues()
        return issues
    }

    /// Throws a `DefinitionValidationError` listing every issue, or returns when the definition is valid.
    public func validate() throws(DefinitionValidationError) {
        let issues = validationIssues()
        if !issues.isEmpty {
            throw DefinitionValidationError(name: name, issues: issues)
        }
    }
}

extension ConfluenceDataSource {
    /// The component's issues: server URL, authentication mechanism, the one-selector rule and each selector's form.
    func validationIssues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if let problem = Self.serverURLProblem(serverURL) {
            issues.append(ValidationIssue(field: "server_url", sentence: problem))
        }
        if !authenticationMechanism.isKnown {
            let known = EnglishList.join(AuthenticationMechanism.known.map(\.rawValue), conjunction: "or")
            issues.append(ValidationIssue(
                field: "authentication_mechanism",
                // The value is not quoted: a secret pasted into the wrong field would reach the terminal.
                sentence: "authentication_mechanism must be \(known)"
            ))
        }
        if let userName, userName.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            issues.append(ValidationIssue(field: "user_name", sentence: "user_name is empty; give the user or leave the field out"))
        }
        issues += selectorCountIssues()
        issues += selectorFormIssues()
        return issues
    }

    private func selectorCountIssues() -> [ValidationIssue] {
        let fields = selectors.map(\.fieldName)
        if fields.isEmpty {
            return [ValidationIssue(field: "selector", sentence: "a definition needs one selector: space_key, page_ids, label or cql")]
        }
        if fields.count > 1 {
            return [ValidationIssue(
                field: "selector",
                sentence: "a definition takes exactly one selector, but this one sets \(EnglishList.join(fields)); keep one of them"
            )]
        }
        return []
    }

    private func selectorFormIssues() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if let spaceKey, let problem = Selector.space(key: spaceKey).problem {
            issues.append(ValidationIssue(field: "space_key", sentence: problem))
        }
        // The string as stored, since splitting it into a selector drops the empty items it may have.
        if let pageIDs, let problem = PageIDList.problem(in: pageIDs) {
            issues.append(ValidationIssue(field: "page_ids", sentence: problem))
        }
        if let label, let problem = Selector.label(label).problem {
            issues.append(ValidationIssue(field: "label", sentence: problem))
        }
        if let cql, let problem = Selector.cql(cql).problem {
            issues.append(ValidationIssue(field: "cql", sentence: problem))
        }
        return issues
    }

    /// Why `text` is not a usable server URL, or `nil`: absolute, and an address `SiteAddress` accepts.
    static func serverURLProblem(_ text: String) -> String? {
        let example = "such as https://example.atlassian.net/wiki"
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return "server_url is empty; give the site's address, \(example)"
        }
        guard let components = URLComponents(string: text), components.scheme != nil, let url = components.url else {
            return "server_url \(DefinitionName.quoted(SiteAddress.shown(text))) is not a URL; give the site's address, \(example)"
        }
        return SiteAddress.problem(with: url).map { "server_url: " + $0 }
    }
}

extension ConfluenceDataSource.Selector {
    /// Why this selector could select nothing an ingestion can use (a space key or label with whitespace, page ids that
    /// are not digits, an empty query), or `nil`; the same rule a saved definition follows. CQL syntax is the CQL module's.
    public var problem: String? {
        switch self {
        case .space(let key): Self.tokenProblem(key, field: "space_key", what: "a space key")
        case .pageIDs(let ids): PageIDList.problem(in: PageIDList.join(ids))
        case .label(let label):
            Self.tokenProblem(label, field: "label", what: "a Confluence label")
                ?? Self.labelCharacterProblem(label)
        case .cql(let query):
            query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                ? "cql is empty; write a query, such as space = ENG AND type = page" : nil
        }
    }

    /// Problems with a one-word selector value (space key, label): empty, or holding whitespace, a control character
    /// or an invisible formatting one (a hand-edited file could hide text in the key that way).
    private static func tokenProblem(_ value: String, field: String, what: String) -> String? {
        if value.isEmpty { return "\(field) is empty" }
        if value.contains(where: { $0.isWhitespace || $0.isNewline }) {
            return "\(field) \(DefinitionName.quoted(value)) has whitespace, which \(what) never has"
        }
        if value.unicodeScalars.contains(where: \.isHiddenFormatting) {
            return "\(field) \(DefinitionName.quoted(value)) holds a control or invisible formatting character, which \(what) never has"
        }
        return nil
    }

    /// Why a label cannot be a Confluence label, or `nil`: it holds `"` or `\`, which Confluence refuses in labels and
    /// which would end or escape the quoted `label="X"` of the loader's query.
    private static func labelCharacterProblem(_ label: String) -> String? {
        let found = ["\"", "\\"].filter { label.contains($0) }
        guard !found.isEmpty else { return nil }
        return "label \(DefinitionName.quoted(label)) has \(EnglishList.join(found.map { "'\($0)'" })), which a Confluence label never has"
    }
}
