import DataSources
import Foundation

/// The JSON form of `sources list`; `Terminal.json` writes its keys in snake_case.
struct DefinitionSummary: Encodable {
    var name: String
    var account: String?
    /// Whether `account` is no configured account any more; absent without an account, or when accounts.json is unreadable.
    var accountRemoved: Bool?
    var serverURL: String
    /// What it selects as the text listing shows it (`space ENG`, `2 page ids`, `no selector`, `2 selectors: space_key, label`).
    var selector: String
    /// The selector's field, as in the definition file: `space_key`, `page_ids`, `label` or `cql`; absent unless exactly one is set.
    var selectorKind: String?
    // The selector fields the file sets (one, in a valid definition; page ids as a list).
    var spaceKey: String?
    var pageIds: [String]?
    var label: String?
    var cql: String?
    var lastPreviewCount: Int?
    var lastPreviewAt: Date?

    /// The summary of `definition`; `accounts` are the configured accounts' names, nil when they cannot be read.
    init(_ definition: DataSourceDefinition, accounts: Set<String>?) {
        name = definition.name
        account = definition.account
        if let account = definition.account, let accounts { accountRemoved = !accounts.contains(account) }
        serverURL = definition.component.shownServerURL
        selector = definition.selectorSummary
        selectorKind = definition.selector?.fieldName
        for field in definition.component.selectors {
            switch field {
            case .space(let key): spaceKey = key
            case .pageIDs(let ids): pageIds = ids
            case .label(let value): label = value
            case .cql(let query): cql = query
            }
        }
        lastPreviewCount = definition.lastPreview?.count
        lastPreviewAt = definition.lastPreview?.at
    }
}
