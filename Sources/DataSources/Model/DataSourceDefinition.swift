/// A named, saved Confluence data source: the LlamaCloud component plus the account it reads through.
///
/// The definition names its account instead of copying the account's secret; the secret is looked up
/// only when a push or an export with secrets needs it.
public struct DataSourceDefinition: Hashable, Sendable {
    /// The definition's name: the file name in the store and the data source's name in LlamaCloud.
    public var name: String
    /// The name of the account whose site and secret this definition uses, if any.
    public var account: String?
    /// The LlamaCloud `CloudConfluenceDataSource` component.
    public var component: ConfluenceDataSource
    /// The last ingestion preview's page count and time, kept beside the component.
    public var lastPreview: PreviewRecord?

    /// Creates a definition.
    public init(name: String, account: String? = nil, component: ConfluenceDataSource, lastPreview: PreviewRecord? = nil) {
        self.name = name
        self.account = account
        self.component = component
        self.lastPreview = lastPreview
    }

    /// The one selector, or `nil` when none or several are set.
    public var selector: ConfluenceDataSource.Selector? { component.selector }

    /// What it selects, as listings show it: the selector (`space ENG`), else `no selector`, or the fields of a hand edit
    /// that set several (`2 selectors: space_key, label`).
    public var selectorSummary: String {
        let all = component.selectors
        switch all.count {
        case 0: return "no selector"
        case 1: return all[0].description
        default: return "\(all.count) selectors: " + all.map(\.fieldName).joined(separator: ", ")
        }
    }

    /// LlamaCloud's `source_type` for this kind of component.
    public static let sourceType = "CONFLUENCE"
}
