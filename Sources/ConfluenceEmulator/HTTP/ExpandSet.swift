/// The `expand` parameter of a v1/DC request: dotted paths such as `body.storage` or `history.lastUpdated`.
struct ExpandSet: Sendable {
    let paths: Set<String>

    init(_ raw: String?) {
        paths = Set((raw ?? "").split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty })
    }

    /// Whether `path` itself or anything under it was asked for.
    func contains(_ path: String) -> Bool {
        paths.contains(path) || paths.contains { $0.hasPrefix(path + ".") }
    }

    /// The paths under `prefix`, with the prefix removed (for nested objects such as `children.page.body.storage`).
    func nested(_ prefix: String) -> ExpandSet {
        ExpandSet(paths.compactMap { $0.hasPrefix(prefix + ".") ? String($0.dropFirst(prefix.count + 1)) : nil }
            .joined(separator: ","))
    }

    /// The body representations asked for (`body.storage` -> `storage`).
    var bodyRepresentations: [String] {
        paths.compactMap { $0.hasPrefix("body.") ? String($0.dropFirst(5)).split(separator: ".").first.map(String.init) : nil }
            .sorted()
    }

    var isEmpty: Bool { paths.isEmpty }
}
