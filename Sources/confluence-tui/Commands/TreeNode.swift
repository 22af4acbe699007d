import ConfluenceKit

/// One item of a printed tree with its children: nil when they were not fetched (below `--depth`) or could not be.
struct TreeNode: Encodable, Sendable {
    var item: ContentItem
    var children: [TreeNode]?
    /// Why the children could not be listed, when they could not.
    var failure: ConfluenceError?

    /// Loads the children of every node, level by level, each level's requests running concurrently. A listing that
    /// fails is recorded on its node and the rest go on, so one failure costs one branch, not the whole tree.
    static func loadChildren(of nodes: inout [TreeNode], client: ConfluenceClient, remainingDepth: Int) async {
        guard remainingDepth > 0, !nodes.isEmpty else { return }
        let loaded = await withTaskGroup(of: (Int, Result<[TreeNode], ConfluenceError>).self) { group in
            for (index, node) in nodes.enumerated() {
                let kind = node.item.kind
                let id = node.item.id
                group.addTask {
                    do throws(ConfluenceError) {
                        var children = try await client.children(of: id, kind: kind).collect().map { TreeNode(item: $0) }
                        await loadChildren(of: &children, client: client, remainingDepth: remainingDepth - 1)
                        return (index, .success(children))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            var result = [Result<[TreeNode], ConfluenceError>](repeating: .success([]), count: nodes.count)
            for await (index, children) in group {
                result[index] = children
            }
            return result
        }
        for index in nodes.indices {
            switch loaded[index] {
            case .success(let children): nodes[index].children = children
            case .failure(let error): nodes[index].failure = error
            }
        }
    }

    /// The nodes of `nodes` and below whose children could not be listed, in the order they print.
    static func failed(in nodes: [TreeNode]) -> [TreeNode] {
        nodes.flatMap { node in (node.failure == nil ? [] : [node]) + failed(in: node.children ?? []) }
    }

    func printLines(indent: Int) {
        // A kind other than a page, and a status other than current (an archived page, which an ingestion leaves out).
        let marks = [item.kind == .page ? nil : item.kind.rawValue, item.status.flatMap { $0 == .current ? nil : $0.rawValue }]
        let marker = marks.compactMap { $0 }.map { "[\($0)] " }.joined()
        let unlisted = failure == nil ? "" : "  [children not listed]"
        Terminal.line(String(repeating: "  ", count: indent) + "\(marker)\(item.title)  (\(item.id))\(unlisted)")
        for child in children ?? [] {
            child.printLines(indent: indent + 1)
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, title, status, children
        case childrenError = "children_error"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(item.id, forKey: .id)
        try container.encode(item.kind, forKey: .kind)
        try container.encode(item.title, forKey: .title)
        try container.encodeIfPresent(item.status?.rawValue, forKey: .status)
        try container.encodeIfPresent(children, forKey: .children)
        try container.encodeIfPresent(failure?.description, forKey: .childrenError)
    }
}
