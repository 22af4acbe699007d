import LocalStore
/// The wire form: snake_case names, absent fields omitted, unknown fields rejected with their name.
extension ConfluenceDataSource: Codable {
    /// The wire names, in the order LlamaCloud documents them; exports follow this order.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case serverURL = "server_url"
        case authenticationMechanism = "authentication_mechanism"
        case userName = "user_name"
        case apiToken = "api_token"
        case spaceKey = "space_key"
        case pageIDs = "page_ids"
        case cql
        case label
        case indexRestrictedPages = "index_restricted_pages"
        case keepMarkdownFormat = "keep_markdown_format"
        case failureHandling = "failure_handling"
        case supportsAccessControl = "supports_access_control"
        case syncPermissions = "sync_permissions"
        case className = "class_name"
    }

    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.self, what: "the component")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        serverURL = try container.decode(String.self, forKey: .serverURL)
        authenticationMechanism = try container.decode(AuthenticationMechanism.self, forKey: .authenticationMechanism)
        userName = try container.decodeIfPresent(String.self, forKey: .userName)
        apiToken = try container.decodeIfPresent(String.self, forKey: .apiToken)
        spaceKey = try container.decodeIfPresent(String.self, forKey: .spaceKey)
        pageIDs = try container.decodeIfPresent(String.self, forKey: .pageIDs)
        cql = try container.decodeIfPresent(String.self, forKey: .cql)
        label = try container.decodeIfPresent(String.self, forKey: .label)
        indexRestrictedPages = try container.decodeIfPresent(Bool.self, forKey: .indexRestrictedPages)
        keepMarkdownFormat = try container.decodeIfPresent(Bool.self, forKey: .keepMarkdownFormat)
        failureHandling = try container.decodeIfPresent(FailureHandling.self, forKey: .failureHandling)
        supportsAccessControl = try container.decodeIfPresent(Bool.self, forKey: .supportsAccessControl)
        syncPermissions = try container.decodeIfPresent(Bool.self, forKey: .syncPermissions)
        className = try container.decodeIfPresent(String.self, forKey: .className)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(serverURL, forKey: .serverURL)
        try container.encode(authenticationMechanism, forKey: .authenticationMechanism)
        try container.encodeIfPresent(userName, forKey: .userName)
        try container.encodeIfPresent(apiToken, forKey: .apiToken)
        try container.encodeIfPresent(spaceKey, forKey: .spaceKey)
        try container.encodeIfPresent(pageIDs, forKey: .pageIDs)
        try container.encodeIfPresent(cql, forKey: .cql)
        try container.encodeIfPresent(label, forKey: .label)
        try container.encodeIfPresent(indexRestrictedPages, forKey: .indexRestrictedPages)
        try container.encodeIfPresent(keepMarkdownFormat, forKey: .keepMarkdownFormat)
        try container.encodeIfPresent(failureHandling, forKey: .failureHandling)
        try container.encodeIfPresent(supportsAccessControl, forKey: .supportsAccessControl)
        try container.encodeIfPresent(syncPermissions, forKey: .syncPermissions)
        try container.encodeIfPresent(className, forKey: .className)
    }
}
