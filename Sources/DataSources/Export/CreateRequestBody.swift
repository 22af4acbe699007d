/// Builds the body of `POST /api/v1/data-sources` for a definition: `{name, source_type, component}`.
///
/// Absent fields are left out, fields follow LlamaCloud's documented order, and the `api_token`
/// comes from the `SecretSource` given, never from the definition's own (normally absent) field.
enum CreateRequestBody {
    /// The environment variable exports read the Confluence token from.
    static let tokenVariable = "CONFLUENCE_API_TOKEN"
    /// The environment variable exports read the LlamaCloud API key from.
    static let apiKeyVariable = "LLAMA_CLOUD_API_KEY"

    /// The request body as a value tree.
    static func value(for definition: DataSourceDefinition, token: SecretSource) -> ExportValue {
        .object([
            .init(key: "name", value: .string(definition.name)),
            .init(key: "source_type", value: .string(DataSourceDefinition.sourceType)),
            .init(key: "component", value: component(definition.component, token: token)),
        ])
    }

    /// The component as a value tree, in wire order.
    static func component(_ source: ConfluenceDataSource, token: SecretSource) -> ExportValue {
        typealias Key = ConfluenceDataSource.CodingKeys
        var members: [ExportValue.Member] = []
        func add(_ key: Key, _ value: ExportValue?) {
            if let value { members.append(.init(key: key.rawValue, value: value)) }
        }
        let tokenValue: ExportValue? = switch token {
        case .omitted: nil
        case .environment(let name): .environment(name)
        case .embedded(let secret): .string(secret)
        }
        add(.serverURL, .string(source.serverURL))
        add(.authenticationMechanism, .string(source.authenticationMechanism.rawValue))
        add(.userName, source.userName.map(ExportValue.string))
        add(.apiToken, tokenValue)
        add(.spaceKey, source.spaceKey.map(ExportValue.string))
        add(.pageIDs, source.pageIDs.map(ExportValue.string))
        add(.cql, source.cql.map(ExportValue.string))
        add(.label, source.label.map(ExportValue.string))
        add(.indexRestrictedPages, source.indexRestrictedPages.map(ExportValue.bool))
        add(.keepMarkdownFormat, source.keepMarkdownFormat.map(ExportValue.bool))
        add(.failureHandling, source.failureHandling.map { handling in
            .object(handling.skipListFailures.map { [.init(key: FailureHandling.CodingKeys.skipListFailures.rawValue, value: .bool($0))] } ?? [])
        })
        add(.supportsAccessControl, source.supportsAccessControl.map(ExportValue.bool))
        add(.syncPermissions, source.syncPermissions.map(ExportValue.bool))
        add(.className, source.className.map(ExportValue.string))
        return .object(members)
    }
}
