import DataSources
import Foundation

/// The JSON form of `sources list`.
struct DefinitionSummary: Encodable {
    var name: String
    var account: String?
    var serverURL: String
    var selector: String?
    var lastPreviewCount: Int?
    var lastPreviewAt: Date?

    enum CodingKeys: String, CodingKey {
        case name, account, selector
        case serverURL = "server_url"
        case lastPreviewCount = "last_preview_count"
        case lastPreviewAt = "last_preview_at"
    }

    init(_ definition: DataSourceDefinition) {
        name = definition.name
        account = definition.account
        serverURL = definition.component.shownServerURL
        selector = definition.selector?.description
        lastPreviewCount = definition.lastPreview?.count
        lastPreviewAt = definition.lastPreview?.at
    }
}
