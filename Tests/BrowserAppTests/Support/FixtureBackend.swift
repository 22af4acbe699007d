import BrowserApp
import DataSources
import Foundation
import StorageFormat
import Synchronization

/// A scripted site with CJK titles and emoji: three spaces, a small page tree, and page bodies.
/// Operations can be made to fail or to wait, and every call is logged.
final class FixtureBackend: BrowserBackend {
    struct Node {
        var item: TreeItem
        var children: [String]
    }

    let displayName = "demo"
    let spaceList: [SpaceSummary]
    let roots: [String: [String]]
    let nodes: [String: Node]
    let pages: [String: PageDetail]
    /// The display names the site knows, by user.
    let users: [UserRef: String]
    private let state = Mutex(Mutable())

    private struct Mutable {
        var calls: [String] = []
        var failing: Set<String> = []
        var cancelled: [String] = []
        var delayMilliseconds: [String: Int] = [:]
        var running: [String: Int] = [:]
        var mostRunning: [String: Int] = [:]
        var continuations: [AsyncStream<BackendEvent>.Continuation] = []
    }

    init(spaces: [SpaceSummary] = Fixture.spaces, roots: [String: [String]] = Fixture.roots,
         nodes: [String: Node] = Fixture.nodes, pages: [String: PageDetail] = Fixture.pages, users: [UserRef: String] = [:]) {
        spaceList = spaces
        self.users = users
        self.roots = roots
        self.nodes = nodes
        self.pages = pages
    }

    /// Every call so far, as "spaces", "roots ENG", "children 2", "page 12".
    var calls: [String] { state.withLock { $0.calls } }
    /// Calls that saw their task cancelled.
    var cancelled: [String] { state.withLock { $0.cancelled } }

    /// The most calls of one operation ("children", "page", ...) that were running at once.
    func mostAtOnce(_ operation: String) -> Int { state.withLock { $0.mostRunning[operation] ?? 0 } }

    /// Makes the call named `call` (as in `calls`) fail.
    func fail(_ call: String) { state.withLock { _ = $0.failing.insert(call) } }
    /// Lets the call named `call` succeed again.
    func heal(_ call: String) { state.withLock { _ = $0.failing.remove(call) } }
    /// Makes the call named `call` take `milliseconds`.
    func delay(_ call: String, milliseconds: Int) { state.withLock { $0.delayMilliseconds[call] = milliseconds } }

    /// Sends a request event to every subscriber.
    func emit(_ event: BackendEvent) {
        for continuation in state.withLock({ $0.continuations }) { continuation.yield(event) }
    }

    private func enter(_ call: String) async throws(BackendError) {
        let operation = String(call.prefix { $0 != " " })
        let (failing, delay) = state.withLock { state in
            state.calls.append(call)
            let running = state.running[operation, default: 0] + 1
            state.running[operation] = running
            state.mostRunning[operation] = max(running, state.mostRunning[operation] ?? 0)
            return (state.failing.contains(call), state.delayMilliseconds[call] ?? 0)
        }
        defer { state.withLock { $0.running[operation, default: 1] -= 1 } }
        if delay > 0 {
            do {
                try await Task.sleep(for: .milliseconds(delay))
            } catch {
                state.withLock { $0.cancelled.append(call) }
                throw BackendError(message: "cancelled")
            }
        }
        if failing { throw BackendError(message: "HTTP 500 from the server for \(call)", detail: "The server answered 500 Internal Server Error for \(call).") }
    }

    func spaces() async throws(BackendError) -> [SpaceSummary] {
        try await enter("spaces")
        return spaceList
    }

    func rootItems(spaceKey: String) async throws(BackendError) -> [TreeItem] {
        try await enter("roots \(spaceKey)")
        return (roots[spaceKey] ?? []).compactMap { nodes[$0]?.item }
    }

    func children(of id: String, kind: ItemKind) async throws(BackendError) -> [TreeItem] {
        try await enter("children \(id)")
        return (nodes[id]?.children ?? []).compactMap { nodes[$0]?.item }
    }

    func page(id: String) async throws(BackendError) -> PageDetail {
        try await enter("page \(id)")
        guard let page = pages[id] else { throw BackendError(message: "No page with id \(id).") }
        return page
    }

    /// 42 for any selection (a failing one throws the server's sentence, see `fail`).
    func count(of selector: ConfluenceDataSource.Selector) async throws(BackendError) -> Int {
        try await enter("count \(selector)")
        return 42
    }

    /// The labels of the fixture pages (all spaces are scanned alike).
    func labelCounts(spaceKey: String?, scanLimit: Int) async throws(BackendError) -> LabelCounts {
        try await enter("labels \(spaceKey ?? "site")")
        let inSpace = pages.values.filter { spaceKey == nil || $0.spaceKey == spaceKey }.sorted { $0.id < $1.id }
        return LabelCounts(labelsPerPage: inSpace.map(\.labels), limit: scanLimit)
    }

    func userNames(for references: Set<UserRef>) async -> [UserRef: String] {
        users.filter { references.contains($0.key) }
    }

    /// Every node below `id` in the fixture tree.
    func descendantIDs(of id: String, found report: @escaping @Sendable (Int) -> Void) async throws(BackendError) -> [String] {
        try await enter("descendants \(id)")
        var found: [String] = []
        var stack = Array((nodes[id]?.children ?? []).reversed())
        while let next = stack.popLast() {
            found.append(next)
            stack += (nodes[next]?.children ?? []).reversed()
        }
        report(found.count)
        return found
    }

    func events() -> AsyncStream<BackendEvent> {
        let (stream, continuation) = AsyncStream<BackendEvent>.makeStream()
        state.withLock { $0.continuations.append(continuation) }
        return stream
    }
}
