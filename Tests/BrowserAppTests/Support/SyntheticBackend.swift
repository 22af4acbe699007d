import BrowserApp
import DataSources

/// A generated site: one space whose root page has `count` children, for latency measurements.
struct SyntheticBackend: BrowserBackend {
    let count: Int
    let displayName = "synthetic"

    func spaces() async throws(BackendError) -> [SpaceSummary] {
        [SpaceSummary(key: "BIG", name: "Big space", type: "global", status: "current")]
    }

    func rootItems(spaceKey: String) async throws(BackendError) -> [TreeItem] {
        [TreeItem(id: "root", title: "Root of \(count) pages", childCount: count)]
    }

    func children(of id: String, kind: ItemKind) async throws(BackendError) -> [TreeItem] {
        guard id == "root" else { return [] }
        return (1...count).map { TreeItem(id: "p\($0)", title: "Page \($0) 設計 notes", childCount: 0) }
    }

    func page(id: String) async throws(BackendError) -> PageDetail {
        PageDetail(id: id, title: "Page \(id)", storageBody: "<h1>Page \(id)</h1><p>" + String(repeating: "Some text. ", count: 200) + "</p>")
    }

    func count(of selector: ConfluenceDataSource.Selector) async throws(BackendError) -> Int { count }

    func labelCounts(spaceKey: String?, scanLimit: Int) async throws(BackendError) -> LabelCounts {
        LabelCounts(labelsPerPage: Array(repeating: ["synthetic"], count: min(count, scanLimit + 1)), limit: scanLimit)
    }

    func descendantIDs(of id: String, found: @escaping @Sendable (Int) -> Void) async throws(BackendError) -> [String] {
        id == "root" ? (1...count).map { "p\($0)" } : []
    }

    func events() -> AsyncStream<BackendEvent> { AsyncStream { $0.finish() } }
}
