/// How an emulator runs: flavour, address, accounts, faults, seed and clock.
public struct EmulatorConfiguration: Sendable {
    /// Cloud or Data Center.
    public var flavor: Flavor
    /// Interface to bind; loopback by default.
    public var host: String
    /// Port to bind; 0 picks a free one.
    public var port: Int
    /// Data Center context path such as `/confluence` (ignored on Cloud).
    public var contextPath: String
    /// Accounts accepted.
    public var users: UserDirectory
    /// Fault rules active from the start (more can be added while running).
    public var faults: [FaultRule]
    /// Seed for every random fault decision.
    public var seed: UInt64
    /// cloudId reported by `/_edge/tenant_info`.
    public var cloudId: String
    /// The clock for CQL's `now()` and friends.
    public var now: @Sendable () -> Timestamp
    /// The LlamaCloud account the `/api/v1/data-sources` endpoint accepts; nil leaves the endpoint off.
    public var llamaCloud: LlamaCloudAccount?
    /// The OAuth 2.0 (3LO) authorization server and gateway (Cloud only).
    public var oauth: OAuthConfiguration
    /// A file the request log is also appended to, one line per request; nil keeps it in memory only.
    public var requestLogPath: String?

    /// A configuration; every argument has the documented default.
    public init(flavor: Flavor = .cloud, host: String = "127.0.0.1", port: Int = 0, contextPath: String = "",
                users: UserDirectory = UserDirectory(), faults: [FaultRule] = [], seed: UInt64 = 1,
                cloudId: String = "7f3c1d52-4e8a-4b9e-9c61-2f0e8d5a6b13",
                now: @escaping @Sendable () -> Timestamp = { Timestamp.now }, llamaCloud: LlamaCloudAccount? = nil,
                oauth: OAuthConfiguration = OAuthConfiguration(), requestLogPath: String? = nil) {
        self.flavor = flavor
        self.host = host
        self.port = port
        self.contextPath = contextPath
        self.users = users
        self.faults = faults
        self.seed = seed
        self.cloudId = cloudId
        self.now = now
        self.llamaCloud = llamaCloud
        self.oauth = oauth
        self.requestLogPath = requestLogPath
    }

    /// The context path in canonical form (`/name`, or empty), only for Data Center.
    var normalizedContextPath: String {
        guard flavor == .dataCenter else { return "" }
        let trimmed = contextPath.split(separator: "/").joined(separator: "/")
        return trimmed.isEmpty ? "" : "/" + trimmed
    }
}
