/// A built-in CQL field: the operators it allows, what it holds and whether ORDER BY may use it.
struct CQLFieldSpec: Hashable, Sendable {
    /// Lower-case names that refer to the field.
    var names: [String]
    /// Allowed operators, in `CQLOperator.allCases` order.
    var operators: [CQLOperator]
    /// What the field holds.
    var kind: CQLValueKind
    /// Whether ORDER BY accepts the field.
    var sortable: Bool = false

    private static let equality: [CQLOperator] = [.equals, .notEquals, .in, .notIn]
    private static let textual: [CQLOperator] = [.equals, .notEquals, .contains, .notContains, .in, .notIn]
    private static let comparison: [CQLOperator] = [.equals, .notEquals, .greaterThan, .greaterThanOrEqual, .lessThan, .lessThanOrEqual]

    /// The fields of the CQL fact sheet.
    static let all: [CQLFieldSpec] = [
        CQLFieldSpec(names: ["text"], operators: [.contains, .notContains], kind: .text),
        CQLFieldSpec(names: ["title"], operators: textual, kind: .text, sortable: true),
        CQLFieldSpec(names: ["label"], operators: equality, kind: .name),
        CQLFieldSpec(names: ["space", "space.key"], operators: equality, kind: .space, sortable: true),
        CQLFieldSpec(names: ["space.type"], operators: equality, kind: .name),
        CQLFieldSpec(names: ["space.title"], operators: textual, kind: .name, sortable: true),
        CQLFieldSpec(names: ["type"], operators: equality, kind: .contentType, sortable: true),
        CQLFieldSpec(names: ["id", "content"], operators: equality, kind: .contentID, sortable: true),
        CQLFieldSpec(names: ["ancestor", "parent"], operators: equality, kind: .contentID),
        CQLFieldSpec(names: ["container"], operators: [.equals, .notEquals], kind: .contentID),
        CQLFieldSpec(names: ["created", "lastmodified"], operators: comparison, kind: .date, sortable: true),
        CQLFieldSpec(names: ["creator", "contributor", "mention", "watcher", "favourite", "favorite"], operators: equality, kind: .user),
        CQLFieldSpec(names: ["macro"], operators: equality, kind: .name),
    ]

    /// The built-in field called `name`, ignoring case.
    static func named(_ name: String) -> CQLFieldSpec? {
        let lowered = name.lowercased()
        return all.first { $0.names.contains(lowered) }
    }

    /// The names ORDER BY accepts, for messages.
    static var sortableNames: [String] { all.filter(\.sortable).flatMap(\.names) }
}
