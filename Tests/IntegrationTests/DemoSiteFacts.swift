import Foundation
import TestSupport

/// What the demo site holds, read straight from its JSON files so expectations do not come from the emulator.
struct DemoSiteFacts: Sendable {
    /// One space's `space.json`.
    struct Space: Decodable, Sendable {
        var id: String
        var key: String
        var name: String
        var type: String
        var status: String
        var homepageId: String?
    }

    /// One entry of a space's `pages.json`.
    struct Item: Decodable, Sendable {
        /// One attachment's metadata.
        struct Attachment: Decodable, Sendable {
            var id: String
            var title: String
        }

        var id: String
        var type: String
        var title: String
        var parentId: String?
        var position: Int
        var status: String
        var labels: [String]
        var attachments: [Attachment]?
    }

    /// Every space by key.
    var spaces: [String: Space]
    /// Every item by space key.
    var itemsBySpace: [String: [Item]]

    /// Reads `Assets/demo-site`.
    static func load() throws -> DemoSiteFacts {
        let spacesDirectory = RepositoryPaths.demoSite.appendingPathComponent("spaces")
        let decoder = JSONDecoder()
        var spaces: [String: Space] = [:]
        var items: [String: [Item]] = [:]
        for key in try FileManager.default.contentsOfDirectory(atPath: spacesDirectory.path) {
            let folder = spacesDirectory.appendingPathComponent(key)
            spaces[key] = try decoder.decode(Space.self, from: Data(contentsOf: folder.appendingPathComponent("space.json")))
            items[key] = try decoder.decode([Item].self, from: Data(contentsOf: folder.appendingPathComponent("pages.json")))
        }
        return DemoSiteFacts(spaces: spaces, itemsBySpace: items)
    }

    /// Current items whose parent is `id`, in position order.
    func children(of id: String, in space: String) -> [Item] {
        (itemsBySpace[space] ?? [])
            .filter { $0.parentId == id && $0.status == "current" }
            .sorted { $0.position < $1.position }
    }

    /// Current root items of a space, in position order.
    func roots(in space: String) -> [Item] {
        (itemsBySpace[space] ?? [])
            .filter { $0.parentId == nil && $0.status == "current" && $0.type == "page" }
            .sorted { $0.position < $1.position }
    }

    /// The page with the most current children, for paging tests.
    func widestParent(in space: String) -> Item? {
        (itemsBySpace[space] ?? [])
            .filter { $0.type == "page" && $0.status == "current" }
            .max { children(of: $0.id, in: space).count < children(of: $1.id, in: space).count }
    }

    /// The deepest current page of a space, with its ancestors from the root down.
    func deepestPage(in space: String) -> (page: Item, ancestors: [Item])? {
        let items = itemsBySpace[space] ?? []
        let byId = Dictionary(uniqueKeysWithValues: items.map { ($0.id, $0) })
        func ancestors(of item: Item) -> [Item] {
            var result: [Item] = []
            var cursor = item.parentId.flatMap { byId[$0] }
            while let current = cursor {
                result.insert(current, at: 0)
                cursor = current.parentId.flatMap { byId[$0] }
            }
            return result
        }
        return items
            .filter { $0.type == "page" && $0.status == "current" }
            .map { ($0, ancestors(of: $0)) }
            .max { $0.1.count < $1.1.count }
    }

    /// Ids of current pages carrying a label, across the site.
    func pageIds(labelled label: String) -> Set<String> {
        Set(itemsBySpace.values.joined().filter { $0.type == "page" && $0.status == "current" && $0.labels.contains(label) }.map(\.id))
    }

    /// Ids of current pages of a space.
    func pageIds(inSpace key: String) -> Set<String> {
        Set((itemsBySpace[key] ?? []).filter { $0.type == "page" && $0.status == "current" }.map(\.id))
    }
}
