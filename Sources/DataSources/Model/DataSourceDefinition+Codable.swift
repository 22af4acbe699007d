import LocalStore
/// The definition file form: `{name, account, source_type, component, last_preview}`.
///
/// The component is written without `api_token`; a file that carries one is rejected with a sentence,
/// because secrets belong to the account, not the definition.
extension DataSourceDefinition: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name
        case account
        case sourceType = "source_type"
        case component
        case lastPreview = "last_preview"
    }

    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.self, what: "a definition")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        account = try container.decodeIfPresent(String.self, forKey: .account)
        if let sourceType = try container.decodeIfPresent(String.self, forKey: .sourceType), sourceType != Self.sourceType {
            throw DecodingError.dataCorruptedError(
                forKey: .sourceType, in: container,
                debugDescription: "source_type is \"\(sourceType)\"; a Confluence definition has \"\(Self.sourceType)\""
            )
        }
        component = try container.decode(ConfluenceDataSource.self, forKey: .component)
        if component.apiToken != nil {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath + [CodingKeys.component, ConfluenceDataSource.CodingKeys.apiToken],
                debugDescription: "the component holds an api_token; a definition names its account instead of storing a secret, so remove the field"
            ))
        }
        lastPreview = try container.decodeIfPresent(PreviewRecord.self, forKey: .lastPreview)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(account, forKey: .account)
        try container.encode(Self.sourceType, forKey: .sourceType)
        var stored = component
        stored.apiToken = nil
        try container.encode(stored, forKey: .component)
        try container.encodeIfPresent(lastPreview, forKey: .lastPreview)
    }
}
