import Accounts
import ConfluenceKit
import Foundation
import LocalStore
import Synchronization
import Testing

/// A fresh, empty configuration folder under the system temporary folder, removed after the test
/// when its suite carries the `.removesTemporaryFolders` trait.
func temporaryConfig() throws -> ConfigDirectory {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("accounts-tests-\(UUID().uuidString)", isDirectory: true)
    TemporaryFolders.current?.add(url)
    let directory = ConfigDirectory(url: url)
    try directory.create()
    return directory
}

/// The folders a test made, removed when it ends.
final class TemporaryFolders: Sendable {
    @TaskLocal static var current: TemporaryFolders?
    private let urls = Mutex<[URL]>([])

    func add(_ url: URL) { urls.withLock { $0.append(url) } }

    func removeAll() {
        for url in urls.withLock({ $0 }) { try? FileManager.default.removeItem(at: url) }
    }
}

/// Removes every folder `temporaryConfig()` made during each test of the suite.
struct RemovesTemporaryFolders: SuiteTrait, TestTrait, TestScoping {
    var isRecursive: Bool { true }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        guard testCase != nil else { return try await function() }
        let folders = TemporaryFolders()
        defer { folders.removeAll() }
        try await TemporaryFolders.$current.withValue(folders) { try await function() }
    }
}

extension Trait where Self == RemovesTemporaryFolders {
    /// Removes the temporary configuration folders each test made.
    static var removesTemporaryFolders: Self { RemovesTemporaryFolders() }
}

/// The `auth-crash-helper` executable built beside the test bundle.
func helperExecutable() throws -> URL {
    let candidates = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? "/").deletingLastPathComponent(),
    ]
    for folder in candidates {
        let helper = folder.appendingPathComponent("auth-crash-helper")
        if FileManager.default.isExecutableFile(atPath: helper.path) { return helper }
    }
    Issue.record("auth-crash-helper is missing beside the test bundle (looked in \(candidates.map(\.path))); build it with swift build")
    throw CancellationError()
}

/// Runs the helper with arguments and returns its exit status and standard error.
func runHelper(_ arguments: [String]) async throws -> (status: Int32, stderr: String) {
    let process = try startHelper(arguments)
    return await finish(process)
}

/// Starts the helper without waiting for it.
func startHelper(_ arguments: [String]) throws -> HelperProcess {
    let process = Process()
    process.executableURL = try helperExecutable()
    process.arguments = arguments
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    return HelperProcess(process: process, errors: errors)
}

/// A running helper process.
final class HelperProcess: @unchecked Sendable {
    let process: Process
    let errors: Pipe
    init(process: Process, errors: Pipe) {
        self.process = process
        self.errors = errors
    }
}

/// Waits for a helper to end.
func finish(_ helper: HelperProcess) async -> (status: Int32, stderr: String) {
    await withCheckedContinuation { continuation in
        DispatchQueue.global().async {
            let data = helper.errors.fileHandleForReading.readDataToEndOfFile()
            helper.process.waitUntilExit()
            continuation.resume(returning: (helper.process.terminationStatus, String(decoding: data, as: UTF8.self)))
        }
    }
}

/// The permission bits of a file.
func mode(of url: URL) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

/// A test account of a kind.
func makeAccount(_ name: String = "work", kind: AuthKind, site: String? = nil, siteKind: SiteKind? = nil, user: String? = "me@example.com", source: SecretSource = .credentialsFile) -> Account {
    let defaultSite = kind.naturalSiteKind == .dataCenter ? "https://dc.example.com/confluence" : "https://acme.atlassian.net"
    return Account(
        name: name,
        siteURL: URL(string: site ?? defaultSite)!,
        siteKind: siteKind,
        authKind: kind,
        user: kind.needsUser ? user : nil,
        secretSource: source,
        oauth: kind == .oauth3LO ? OAuthSettings(clientId: "client-id") : nil
    )
}

/// Records what a token store was asked to do, in order, together with events the test adds.
actor EventLog {
    private(set) var events: [String] = []
    func append(_ event: String) { events.append(event) }
}

/// An in-memory `TokenStore` that logs saves (after they complete) and can be told to fail or be slow.
struct RecordingTokenStore: TokenStore {
    let log: EventLog
    let state: TokenBox
    var saveDelay: Duration = .zero
    var failSaves = false

    func loadTokens() async throws -> OAuthTokens? { await state.tokens }

    func saveTokens(_ tokens: OAuthTokens) async throws {
        if saveDelay > .zero { try await Task.sleep(for: saveDelay) }
        if failSaves { throw CancellationError() }
        await state.set(tokens)
        await log.append("saved \(tokens.accessToken.reveal())")
    }

    func markNeedsLogin() async throws {
        await state.markNeedsLogin()
        await log.append("needs login")
    }
}

/// Mutable token state shared by a recording store and the test.
actor TokenBox {
    private(set) var tokens: OAuthTokens?
    private(set) var needsLogin = false
    init(_ tokens: OAuthTokens?) { self.tokens = tokens }
    func set(_ tokens: OAuthTokens) { self.tokens = tokens }
    func markNeedsLogin() {
        needsLogin = true
        tokens = nil
    }
}

/// Tokens that expired a minute ago.
func expiredTokens(access: String = "access-0", refresh: String = "refresh-0") -> OAuthTokens {
    OAuthTokens(accessToken: Secret(access), refreshToken: Secret(refresh), expiresAt: Date().addingTimeInterval(-60))
}
