import ConfluenceKit

/// One item of a printed tree with its children, nil when they were not fetched (below `--depth`).
struct TreeNode: Encodable, Sendable {
    var item: ContentItem
    var children: [TreeNode]?

    /// Loads the children of every node, level by level, each level's requests running concurrently.
    static func loadChildren(of nodes: inout [TreeNode], client: ConfluenceClient, remainingDepth: Int) async throws {
        guard remainingDepth > 0, !nodes.isEmpty else { return }
        let loaded = try await withThrowingTaskGroup(of: (Int, [TreeNode]).self) { group in
            for (index, node) in nodes.enumerated() {
                let kind = node.item.kind
                let id = node.item.id
                group.addTask {
                    var children: [TreeNode] = []
                    for try await child in client.children(of: id, kind: kind) {
                        children.append(TreeNode(item: child))
                    }
                    try await loadChildren(of: &children, client: client, remainingDepth: remainingDepth - 1)
                    return (index, children)
                }
            }
            var result = [[TreeNode]](repeating: [], count: nodes.count)
            for try await (index, children) in group {
                result[index] = children
            }
            return result
        }
        for index in nodes.indices {
            nodes[index].children = loaded[index]
        }
    }

    func printLines(indent: Int) {
        let marker = item.kind == .page ? "" : "[\(item.kind.rawValue)] "
        Terminal.line(String(repeating: "  ", count: indent) + "\(marker)\(item.title)  (\(item.id))")
        for child in children ?? [] {
            child.printLines(indent: indent + 1)
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, title, children
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(item.id, forKey: .id)
        try container.encode(item.kind, forKey: .kind)
        try container.encode(item.title, forKey: .title)
        try container.encodeIfPresent(children, forKey: .children)
    }
}
