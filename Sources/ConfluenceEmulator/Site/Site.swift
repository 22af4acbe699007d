/// The content an emulator serves: users, spaces, the page tree with bodies, indexed for fast lookups.
public struct Site: Sendable {
    /// Where page bodies come from: held in memory, or generated on demand for synthetic sites.
    enum Bodies: Sendable {
        case stored([String: String])
        case synthetic(SyntheticBodyWriter)
    }

    /// Site title.
    public let title: String
    /// Every user that content refers to.
    public let users: [SiteUser]
    /// Spaces in their given order.
    public let spaces: [SiteSpace]
    /// Pages and folders in their given order.
    public let contents: [SiteContent]

    let bodies: Bodies
    let contentIndexByID: [String: Int]
    let spaceIndexByKey: [String: Int]
    let spaceIndexByID: [String: Int]
    let userIndexByAccountId: [String: Int]
    /// Space index of each content item.
    let spaceIndexOfContent: [Int]
    /// Parent content index, or -1 for roots.
    let parentIndex: [Int]
    /// Listed (non-draft) children of each content item, by position.
    let childIndexes: [[Int]]
    /// Listed root items of each space, by position.
    let rootIndexes: [[Int]]
    /// Listed items of each space in tree pre-order.
    let treeOrder: [[Int]]
    /// Listed items of each space by ascending id (the default order of v2 lists).
    let idOrder: [[Int]]
    /// A stable id for each label name, numbered in order of first use.
    let labelIDs: [String: String]

    /// Builds a site and checks that every reference resolves.
    /// - Parameter bodies: storage body of each page, by page id.
    public init(title: String, users: [SiteUser], spaces: [SiteSpace], contents: [SiteContent],
                bodies: [String: String]) throws(SiteError) {
        try self.init(title: title, users: users, spaces: spaces, contents: contents, bodySource: .stored(bodies))
    }

    init(title: String, users: [SiteUser], spaces: [SiteSpace], contents: [SiteContent],
         bodySource: Bodies) throws(SiteError) {
        self.title = title
        self.users = users
        self.spaces = spaces
        self.contents = contents
        self.bodies = bodySource

        var spaceByKey: [String: Int] = [:], spaceByID: [String: Int] = [:]
        for (index, space) in spaces.enumerated() {
            guard spaceByKey.updateValue(index, forKey: space.key) == nil else {
                throw .inconsistent("space key \(space.key) appears twice")
            }
            guard spaceByID.updateValue(index, forKey: space.id) == nil else {
                throw .inconsistent("space id \(space.id) appears twice")
            }
        }
        var userByID: [String: Int] = [:]
        for (index, user) in users.enumerated() { userByID[user.accountId] = index }
        var contentByID: [String: Int] = [:]
        contentByID.reserveCapacity(contents.count)
        var spaceOf = [Int](repeating: 0, count: contents.count)
        for (index, item) in contents.enumerated() {
            guard contentByID.updateValue(index, forKey: item.id) == nil else {
                throw .inconsistent("content id \(item.id) appears twice")
            }
            guard let space = spaceByKey[item.spaceKey] else {
                throw .inconsistent("content \(item.id) names unknown space \(item.spaceKey)")
            }
            spaceOf[index] = space
        }
        var parents = [Int](repeating: -1, count: contents.count)
        var children = [[Int]](repeating: [], count: contents.count)
        var roots = [[Int]](repeating: [], count: spaces.count)
        for (index, item) in contents.enumerated() {
            if let parentId = item.parentId {
                guard let parent = contentByID[parentId] else {
                    throw .inconsistent("content \(item.id) has unknown parent \(parentId)")
                }
                guard spaceOf[parent] == spaceOf[index] else {
                    throw .inconsistent("content \(item.id) and its parent \(parentId) are in different spaces")
                }
                parents[index] = parent
                if item.status != .draft { children[parent].append(index) }
            } else if item.status != .draft {
                roots[spaceOf[index]].append(index)
            }
        }
        try Self.checkAcyclic(parents, ids: contents.map(\.id))
        func byPosition(_ a: Int, _ b: Int) -> Bool {
            contents[a].position != contents[b].position
                ? contents[a].position < contents[b].position
                : Site.idPrecedes(contents[a].id, contents[b].id)
        }
        for index in children.indices where children[index].count > 1 { children[index].sort(by: byPosition) }
        for index in roots.indices { roots[index].sort(by: byPosition) }
        var order = [[Int]](repeating: [], count: spaces.count)
        for space in spaces.indices {
            var stack = Array(roots[space].reversed())
            while let next = stack.popLast() {
                order[space].append(next)
                stack.append(contentsOf: children[next].reversed())
            }
        }
        self.contentIndexByID = contentByID
        self.spaceIndexByKey = spaceByKey
        self.spaceIndexByID = spaceByID
        self.userIndexByAccountId = userByID
        self.spaceIndexOfContent = spaceOf
        self.parentIndex = parents
        self.childIndexes = children
        self.rootIndexes = roots
        self.treeOrder = order
        self.idOrder = order.map { items in items.sorted { Site.idPrecedes(contents[$0].id, contents[$1].id) } }
        var labels: [String: String] = [:]
        for item in contents {
            for label in item.labels where labels[label] == nil { labels[label] = String(10_000 + labels.count) }
        }
        self.labelIDs = labels
    }

    /// Orders numeric string ids by value (shorter is smaller), then text.
    static func idPrecedes(_ a: String, _ b: String) -> Bool {
        a.utf8.count != b.utf8.count ? a.utf8.count < b.utf8.count : a < b
    }

    /// The content with `id`, if any.
    public func content(id: String) -> SiteContent? {
        contentIndexByID[id].map { contents[$0] }
    }

    /// The space with `key`, if any.
    public func space(key: String) -> SiteSpace? {
        spaceIndexByKey[key].map { spaces[$0] }
    }

    /// The user with `accountId`, if any.
    public func user(accountId: String) -> SiteUser? {
        userIndexByAccountId[accountId].map { users[$0] }
    }

    /// The user with a Data Center user key or user name, if any.
    public func user(key: String? = nil, username: String? = nil) -> SiteUser? {
        users.first { $0.userKey == key || $0.username == username }
    }

    /// The storage-format body of a page (empty for folders and unknown ids).
    public func body(ofContent id: String) -> String {
        guard let index = contentIndexByID[id], contents[index].kind == .page else { return "" }
        switch bodies {
        case .stored(let map): return map[id] ?? ""
        case .synthetic(let writer): return writer.body(for: contents[index], index: index)
        }
    }

    /// Number of listed pages (not folders, not drafts) in the site.
    public var pageCount: Int {
        contents.reduce(0) { $0 + ($1.kind == .page && $1.status != .draft ? 1 : 0) }
    }

    /// Refuses a parent chain that comes back on itself (a page that is its own ancestor): nothing reaches such pages
    /// from a root, and every walk up their ancestors would never end. Each page is followed up once, so it is linear.
    private static func checkAcyclic(_ parents: [Int], ids: [String]) throws(SiteError) {
        enum Mark { case unseen, onChain, leadsToRoot }
        var marks = [Mark](repeating: .unseen, count: parents.count)
        for start in parents.indices where marks[start] == .unseen {
            var chain: [Int] = []
            var current = start
            while current >= 0, marks[current] == .unseen {
                marks[current] = .onChain
                chain.append(current)
                current = parents[current]
            }
            if current >= 0, marks[current] == .onChain {
                throw .inconsistent("the page tree has a cycle: content \(ids[current]) is its own ancestor")
            }
            for index in chain { marks[index] = .leadsToRoot }
        }
    }

    /// Content indexes from the root down to the parent of `index`.
    func ancestorIndexes(of index: Int) -> [Int] {
        var chain: [Int] = []
        var current = parentIndex[index]
        while current >= 0 {
            chain.append(current)
            current = parentIndex[current]
        }
        return chain.reversed()
    }
}
