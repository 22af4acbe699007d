/// A list of items, possibly nested through the items' blocks.
public struct ListBlock: Sendable, Hashable {
    /// What marks the items.
    public enum Kind: Sendable, Hashable {
        /// Bullets.
        case unordered
        /// Numbers, counting from `start`.
        case ordered(start: Int)
        /// Checkboxes (Confluence tasks).
        case task

        /// A list's `start` kept within a billion either side of zero, so numbering its items never overflows.
        static func clampedStart(_ start: Int) -> Int { min(max(start, -1_000_000_000), 1_000_000_000) }

        /// The cells of the plain marker (`-`, `12.`, `[ ]`) of item `number`, without the space after it.
        func markerWidth(number: Int) -> Int {
            switch self {
            case .unordered: 1
            case .ordered: String(number).utf8.count + 1
            case .task: 3
            }
        }
    }

    /// What marks the items.
    public var kind: Kind
    /// The items in order.
    public var items: [ListItem]

    /// Creates a list.
    public init(kind: Kind, items: [ListItem]) {
        self.kind = kind
        self.items = items
    }
}

/// One list item.
public struct ListItem: Sendable, Hashable {
    /// Whether the item is one block, or a paragraph and a list that Markdown lets interrupt it (bullets, tasks, or
    /// numbers from 1): blocks that follow each other without a blank line and are still read apart.
    var isSimple: Bool {
        guard blocks.count > 1 else { return true }
        guard blocks.count == 2, case .paragraph = blocks[0], case .list(let list) = blocks[1] else { return false }
        if case .ordered(let start) = list.kind { return start == 1 }
        return true
    }

    /// Whether the item is empty or starts with a paragraph, where Markdown reads a task's checkbox.
    var startsWithParagraph: Bool {
        guard let first = blocks.first else { return true }
        if case .paragraph = first { return true }
        return false
    }

    /// The item's content (a nested list is a block here).
    public var blocks: [Block]
    /// For tasks: whether the task is complete; nil for other lists.
    public var isChecked: Bool?
    /// False when the item only wraps a nested list and shows no marker of its own
    /// (`list-style-type: none`, or no content before the nested list).
    public var showsMarker: Bool

    /// Creates an item.
    public init(blocks: [Block], isChecked: Bool? = nil, showsMarker: Bool = true) {
        self.blocks = blocks
        self.isChecked = isChecked
        self.showsMarker = showsMarker
    }
}
