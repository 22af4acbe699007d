public import Foundation
import Hummingbird
import Logging

/// A running loopback Confluence: start it in-process, read its base URL, request log and fault controls, stop it.
public final class EmulatorServer: Sendable {
    /// Root URL of the server (`http://127.0.0.1:PORT`, plus the context path on Data Center).
    public let baseURL: URL
    /// The URL a Confluence client is given: `baseURL/wiki` on Cloud, `baseURL` on Data Center.
    public let siteURL: URL
    /// The bound port.
    public let port: Int
    /// The base URL a LlamaCloud client is given (`http://127.0.0.1:PORT`, without any context path).
    public var llamaCloudBaseURL: URL { URL(string: "http://\(configuration.host):\(port)")! }
    /// The configuration it runs with.
    public let configuration: EmulatorConfiguration
    /// Every request answered, for tests and benchmarks.
    public let requestLog: RequestLog
    /// Fault rules; add and remove them while the server runs.
    public let faults: FaultInjector
    /// The site it serves.
    public let site: Site
    /// The OAuth 2.0 (3LO) authorization server; on Cloud, `baseURL` is both its address and the API gateway's.
    public let oauth: OAuthServer

    private let task: Task<Void, any Error>

    private init(baseURL: URL, siteURL: URL, port: Int, configuration: EmulatorConfiguration, requestLog: RequestLog,
                 faults: FaultInjector, site: Site, oauth: OAuthServer, task: Task<Void, any Error>) {
        self.baseURL = baseURL
        self.siteURL = siteURL
        self.port = port
        self.configuration = configuration
        self.requestLog = requestLog
        self.faults = faults
        self.site = site
        self.oauth = oauth
        self.task = task
    }

    /// Starts serving `site` and returns once the port is bound.
    public static func start(site: Site, configuration: EmulatorConfiguration = EmulatorConfiguration()) async throws -> EmulatorServer {
        var configuration = configuration
        if configuration.users.users.isEmpty { configuration.users = UserDirectory() }
        // The demo account acts as the site's first user for currentUser(), creator and contributor queries.
        if let first = site.users.first {
            for index in configuration.users.users.indices where configuration.users.users[index].accountId == nil
                && configuration.users.users[index].name == EmulatorUser.demo.name {
                configuration.users.users[index].accountId = first.accountId
            }
        }
        let contextPath = configuration.normalizedContextPath
        let api = SiteAPI(site: site, flavor: configuration.flavor, contextPath: contextPath,
                          cloudId: configuration.cloudId, now: configuration.now)
        let log = RequestLog(file: try configuration.requestLogPath.map { path throws(EmulatorError) in try RequestLogFile(path: path) })
        let faults = FaultInjector(rules: configuration.faults, seed: configuration.seed)
        let oauth = OAuthServer(configuration: configuration.oauth, cloudId: configuration.cloudId, siteName: site.title)
        let responder = EmulatorResponder(api: api, routes: configuration.flavor == .cloud ? .cloud : .dataCenter,
                                          users: configuration.users, faults: faults, log: log,
                                          llamaCloud: configuration.llamaCloud.map { account in
                                              LlamaCloudAPI(account: account, store: LlamaCloudStore(), now: configuration.now)
                                          },
                                          oauth: oauth)
        let gate = StartGate()
        let task = Task { [configuration] in
            var logger = Logger(label: "confluence-emulator")
            logger.logLevel = .critical
            let application = Application(
                responder: responder,
                configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
                onServerRunning: { channel in await gate.resolve(.success(channel.localAddress?.port ?? 0)) },
                logger: logger)
            do {
                try await application.runService(gracefulShutdownSignals: [])
                await gate.resolve(.failure(EmulatorError.stoppedBeforeStart))
            } catch {
                await gate.resolve(.failure(EmulatorError.cannotBind(host: configuration.host, port: configuration.port, detail: "\(error)")))
                throw error
            }
        }
        let port = try await gate.wait()
        let root = "http://\(configuration.host):\(port)\(contextPath)"
        guard let baseURL = URL(string: root), let siteURL = URL(string: configuration.flavor == .cloud ? root + "/wiki" : root) else {
            task.cancel()
            throw EmulatorError.cannotBind(host: configuration.host, port: port, detail: "the address does not form a URL")
        }
        return EmulatorServer(baseURL: baseURL, siteURL: siteURL, port: port, configuration: configuration,
                              requestLog: log, faults: faults, site: site, oauth: oauth, task: task)
    }

    /// Stops serving and waits until the port is closed.
    public func stop() async {
        task.cancel()
        _ = await task.result
    }
}
