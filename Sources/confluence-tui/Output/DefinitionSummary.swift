import DataSources
import Foundation

/// The JSON form of `sources list`; `Terminal.json` writes its keys in snake_case.
struct DefinitionSummary: Encodable {
    var name: String
    var account: String?
    var serverURL: String
    var selector: String?
    var lastPreviewCount: Int?
    var lastPreviewAt: Date?

    init(_ definition: DataSourceDefinition) {
        name = definition.name
        account = definition.account
        serverURL = definition.component.shownServerURL
        selector = definition.selector?.description
        lastPreviewCount = definition.lastPreview?.count
        lastPreviewAt = definition.lastPreview?.at
    }
}
