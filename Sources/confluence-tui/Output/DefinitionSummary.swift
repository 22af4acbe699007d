import DataSources
import Foundation

/// The JSON form of `sources list`; `Terminal.json` writes its keys in snake_case.
struct DefinitionSummary: Encodable {
    var name: String
    var account: String?
    var serverURL: String
    /// The selector as the text listing shows it (`space ENG`, `2 page ids`).
    var selector: String?
    /// The selector's field, as in the definition file: `space_key`, `page_ids`, `label` or `cql`.
    var selectorKind: String?
    // The selector's value, in the one of these four fields that `selectorKind` names (page ids as a list).
    var spaceKey: String?
    var pageIds: [String]?
    var label: String?
    var cql: String?
    var lastPreviewCount: Int?
    var lastPreviewAt: Date?

    init(_ definition: DataSourceDefinition) {
        name = definition.name
        account = definition.account
        serverURL = definition.component.shownServerURL
        selector = definition.selector?.description
        selectorKind = definition.selector?.fieldName
        switch definition.selector {
        case .space(let key): spaceKey = key
        case .pageIDs(let ids): pageIds = ids
        case .label(let value): label = value
        case .cql(let query): cql = query
        case nil: break
        }
        lastPreviewCount = definition.lastPreview?.count
        lastPreviewAt = definition.lastPreview?.at
    }
}
