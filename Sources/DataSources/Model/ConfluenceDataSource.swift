/// LlamaCloud's `CloudConfluenceDataSource` component: where to read Confluence and what to select.
///
/// Every optional field that is `nil` is left out of the wire form. `pageIDs` is one comma-separated
/// string, as the SDK types it. A definition normally holds no `apiToken`: the secret belongs to the
/// account and is only materialised for a push or an export made with secrets.
public struct ConfluenceDataSource: Hashable, Sendable {
    /// The site's base URL, e.g. `https://example.atlassian.net/wiki` (`server_url`, required).
    public var serverURL: String
    /// `basic` or `oauth2` (`authentication_mechanism`, required).
    public var authenticationMechanism: AuthenticationMechanism
    /// The user for basic authentication (`user_name`).
    public var userName: String?
    /// The API token or access token (`api_token`); absent except when secrets are materialised.
    public var apiToken: String?
    /// Selector: every current page of this space (`space_key`).
    public var spaceKey: String?
    /// Selector: these pages, as one comma-separated string of ids (`page_ids`).
    public var pageIDs: String?
    /// Selector: the pages this CQL query returns (`cql`).
    public var cql: String?
    /// Selector: the pages carrying this label (`label`).
    public var label: String?
    /// Whether restricted pages are indexed (`index_restricted_pages`).
    public var indexRestrictedPages: Bool?
    /// Whether the loader keeps Markdown formatting (`keep_markdown_format`).
    public var keepMarkdownFormat: Bool?
    /// How listing failures are handled (`failure_handling`).
    public var failureHandling: FailureHandling?
    /// Whether access control is carried into the index (`supports_access_control`).
    public var supportsAccessControl: Bool?
    /// Whether space permissions are fetched into document metadata (`sync_permissions`).
    public var syncPermissions: Bool?
    /// The component's class name (`class_name`), normally left to LlamaCloud.
    public var className: String?

    /// Creates a component; only the server URL and the authentication mechanism are required.
    public init(
        serverURL: String,
        authenticationMechanism: AuthenticationMechanism,
        userName: String? = nil,
        apiToken: String? = nil,
        spaceKey: String? = nil,
        pageIDs: String? = nil,
        cql: String? = nil,
        label: String? = nil,
        indexRestrictedPages: Bool? = nil,
        keepMarkdownFormat: Bool? = nil,
        failureHandling: FailureHandling? = nil,
        supportsAccessControl: Bool? = nil,
        syncPermissions: Bool? = nil,
        className: String? = nil
    ) {
        self.serverURL = serverURL
        self.authenticationMechanism = authenticationMechanism
        self.userName = userName
        self.apiToken = apiToken
        self.spaceKey = spaceKey
        self.pageIDs = pageIDs
        self.cql = cql
        self.label = label
        self.indexRestrictedPages = indexRestrictedPages
        self.keepMarkdownFormat = keepMarkdownFormat
        self.failureHandling = failureHandling
        self.supportsAccessControl = supportsAccessControl
        self.syncPermissions = syncPermissions
        self.className = className
    }
}
