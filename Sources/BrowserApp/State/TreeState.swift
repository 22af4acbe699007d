public import TerminalKit

/// The page-tree pane: one space's lazily loaded hierarchy, the kind of every node, the loads in
/// flight per node, and the flat filter list used while `/` is active.
public struct TreeState: Sendable {
    /// The space whose tree is shown (nil before one is opened).
    public var spaceKey: String?
    /// The space's display name.
    public var spaceName: String?
    /// The tree widget, keyed by content id.
    public var model = TreeModel<String>()
    /// The kind of every known node.
    public var kinds: [String: ItemKind] = [:]
    /// The known nodes that are archived (shown, tagged, in the tree; left out of `children` listings).
    public var archived: Set<String> = []
    /// The roots load.
    public var rootsPhase: LoadPhase = .idle
    /// Children loads in flight, by node id.
    public var pendingChildren: [String: RequestToken] = [:]
    /// The peek in flight: the nodes (the selected one and those in view) whose children are being looked up
    /// without expanding them, so their markers can show whether they have any; a later selection supersedes it.
    public var peek: (nodeIDs: Set<String>, token: RequestToken)?
    /// The node Enter was pressed on while its children were unknown: if they turn out to be
    /// none (and it is still selected), the page opens in the preview as Enter on a leaf would.
    public var openWhenLeaf: String?
    /// A page being shown in the tree, found elsewhere (`AppState.reveal`).
    public struct Reveal: Hashable, Sendable {
        /// The page to select.
        public var target: String
        /// Its ancestors still to expand, from the root down.
        public var path: [String]
        /// Whether an ancestor in the tree was reached (those before it lie above the tree's roots).
        public var entered = false
    }

    /// The reveal under way, waiting on a children load.
    public var reveal: Reveal?
    /// While filtering: every loaded node whose title matches, as a flat list (parent title as detail).
    public var filterList: ListView<String>?
    /// The filter row of every loaded node in depth-first tree order, kept up to date as nodes load
    /// so that starting a filter costs no more than wrapping this array.
    var filterIndex: [ListItem<String>] = []

    /// Creates an empty pane.
    public init() {}

    /// The id of the selected node (nil on a loading or failure row).
    public var selectedNodeID: String? { model.selectedRow?.nodeID }

    /// The selected item while filtering, else the selected tree node.
    public var focusedNodeID: String? {
        if let filterList { return filterList.selectedID }
        return selectedNodeID
    }

    /// The kind of node `id` (pages when unknown).
    public func kind(of id: String) -> ItemKind { kinds[id] ?? .page }

    /// The titles from the root down to `id`'s parent, as far as the tree knows them.
    public func ancestorTitles(of id: String) -> [String] {
        var titles: [String] = []
        var current = model.parent(of: id)
        var guardCount = 0
        while let parent = current, guardCount < 10_000 {
            titles.append(model.nodes[parent]?.title ?? parent)
            current = model.parent(of: parent)
            guardCount += 1
        }
        return titles.reversed()
    }

    /// Starts showing the tree of another space: everything is forgotten and the roots load.
    public mutating func open(spaceKey: String, name: String, token: RequestToken) {
        self = TreeState()
        self.spaceKey = spaceKey
        spaceName = name
        rootsPhase = .loading(token)
        model.setRootsLoading()
    }

    /// Shows loaded root items.
    mutating func applyRoots(_ loaded: LoadedItems) {
        remember(loaded)
        model.setRoots(loaded.nodes)
        rootsPhase = .loaded
        indexRoots(loaded.rows)
    }

    /// Shows the loaded children of `parent`.
    mutating func applyChildren(_ loaded: LoadedItems, of parent: String) {
        remember(loaded)
        let hadSubtree = hasIndexedSubtree(parent)
        model.setChildren(loaded.nodes, of: parent)
        indexChildren(loaded.rows, of: parent, replacing: hadSubtree)
    }

    private mutating func remember(_ loaded: LoadedItems) {
        kinds.reserveCapacity(kinds.count + loaded.items.count)
        for item in loaded.items {
            kinds[item.id] = item.kind
            if item.isArchived { archived.insert(item.id) } else { archived.remove(item.id) }
        }
    }

    /// Leaves filtering; with `reveal`, expands the chosen node's ancestors and selects it in the tree.
    mutating func stopFiltering(reveal: Bool, viewportHeight: Int) {
        defer { filterList = nil }
        guard reveal, let id = filterList?.selectedID else { return }
        var chain: [String] = []
        var current = model.parent(of: id)
        while let parent = current, chain.count < 10_000 {
            chain.append(parent)
            current = model.parent(of: parent)
        }
        for ancestor in chain.reversed() { model.expand(ancestor) }
        model.select(id: id, viewportHeight: viewportHeight, centered: true)
    }
}
