import CQL

/// Evaluates CQL over a site for one user: compiles the expression into a predicate, filters the visible
/// current content, and sorts by ORDER BY (default: site tree order).
struct SiteSearch {
    typealias Predicate = (Int) -> Bool

    let site: Site
    let user: EmulatorUser
    let now: Timestamp
    /// The CQL text.
    let source: String
    /// Whether content of archived spaces is searched (Confluence leaves it out by default).
    var includeArchivedSpaces = false
    /// Data Center has no folders: they are served, and matched by `type = page`, as pages.
    var foldersArePages = false

    /// Parses and evaluates `source`; a parse error or an unsupported clause answers 400 the way Confluence words it.
    func run() throws(APIError) -> [Int] {
        let query: CQLQuery
        do {
            query = try CQLQuery.parse(source)
        } catch {
            throw .badRequest("Could not parse cql : \(source)")
        }
        return try evaluate(query)
    }

    func evaluate(_ query: CQLQuery) throws(APIError) -> [Int] {
        let predicate = try query.filter.map { (expression) throws(APIError) -> Predicate in try compile(expression) }
        var matches: [Int] = []
        for space in site.spaces.indices where user.maySee(spaceKey: site.spaces[space].key)
            && (includeArchivedSpaces || site.spaces[space].status != .archived) {
            for index in site.treeOrder[space] where site.contents[index].status == .current {
                if predicate?(index) ?? true { matches.append(index) }
            }
        }
        guard !query.orderBy.isEmpty else { return matches }
        var keys: [(SiteContent, SiteContent) -> Int] = []
        for key in query.orderBy {
            let direction = key.descending ? -1 : 1
            switch key.field.lowercased() {
            case "title": keys.append { compare($0.title.lowercased(), $1.title.lowercased()) * direction }
            case "created": keys.append { compare($0.createdAt, $1.createdAt) * direction }
            case "lastmodified": keys.append { compare($0.modifiedAt, $1.modifiedAt) * direction }
            case "id", "content": keys.append { (Site.idPrecedes($0.id, $1.id) ? -1 : $0.id == $1.id ? 0 : 1) * direction }
            case "space", "space.key": keys.append { compare($0.spaceKey, $1.spaceKey) * direction }
            default: throw unsupported("ORDER BY \(key.field)")
            }
        }
        let contents = site.contents
        return matches.enumerated().sorted { a, b in
            for key in keys {
                let order = key(contents[a.element], contents[b.element])
                if order != 0 { return order < 0 }
            }
            return a.offset < b.offset
        }.map(\.element)
    }

    private func compare<T: Comparable>(_ a: T, _ b: T) -> Int {
        a < b ? -1 : a == b ? 0 : 1
    }

    private func unsupported(_ what: String) -> APIError {
        .badRequest("Could not parse cql : \(source) (\(what) is not supported by the emulator)")
    }

    private func compile(_ expression: CQLExpression) throws(APIError) -> Predicate {
        switch expression {
        case .clause(let clause):
            return try compile(clause)
        case .and(let left, let right):
            let (l, r) = (try compile(left), try compile(right))
            return { l($0) && r($0) }
        case .or(let left, let right):
            let (l, r) = (try compile(left), try compile(right))
            return { l($0) || r($0) }
        case .not(let inner):
            let i = try compile(inner)
            return { !i($0) }
        }
    }

    private func compile(_ clause: CQLClause) throws(APIError) -> Predicate {
        let field = clause.field.lowercased()
        let contents = site.contents
        switch field {
        case "space", "space.key":
            return try membership(clause) { [site] in [site.contents[$0].spaceKey.lowercased()] }
        case "space.type":
            return try membership(clause) { [site] in [site.spaces[site.spaceIndexOfContent[$0]].kind.rawValue] }
        case "space.title":
            return try textual(clause) { [site] in site.spaces[site.spaceIndexOfContent[$0]].name }
        case "label":
            return try membership(clause) { contents[$0].labels.map { $0.lowercased() } }
        case "type":
            let folderType = foldersArePages ? "page" : "folder"
            return try membership(clause) { contents[$0].kind == .folder ? [folderType] : ["page"] }
        case "id", "content":
            return try membership(clause) { [contents[$0].id] }
        case "parent":
            return try membership(clause) { contents[$0].parentId.map { [$0] } ?? [] }
        case "ancestor":
            return try membership(clause) { [site] in site.ancestorIndexes(of: $0).map { site.contents[$0].id } }
        case "creator":
            return try membership(clause) { [site] in identities(site, contents[$0].authorId) }
        case "contributor":
            return try membership(clause) { [site] in
                identities(site, contents[$0].authorId) + identities(site, contents[$0].lastModifierId)
            }
        case "title":
            return try textual(clause) { contents[$0].title }
        case "text":
            guard clause.op == .contains || clause.op == .notContains else {
                throw unsupported("text \(clause.op.rawValue)")
            }
            return try textual(clause, prefilter: true) { [site] in
                let item = contents[$0]
                return item.title + "\n" + item.labels.joined(separator: " ") + "\n" + site.body(ofContent: item.id)
            }
        case "created":
            return try dated(clause) { contents[$0].createdAt }
        case "lastmodified":
            return try dated(clause) { contents[$0].modifiedAt }
        default:
            throw unsupported("the field \(clause.field)")
        }
    }

    /// The names a user can be referred to by in CQL.
    private func identities(_ site: Site, _ accountId: String) -> [String] {
        guard let person = site.user(accountId: accountId) else { return [accountId.lowercased()] }
        return [person.accountId, person.username, person.userKey, person.email].map { $0.lowercased() }
    }

    /// The literal strings of a value (a list gives several), with `currentUser()` resolved.
    private func strings(_ value: CQLValue) throws(APIError) -> [String] {
        switch value {
        case .literal(let text):
            return [text.lowercased()]
        case .list(let items):
            var all: [String] = []
            for item in items { all += try strings(item) }
            return all
        case .function(let name, _):
            guard name.lowercased() == "currentuser" else { throw unsupported("the function \(name)()") }
            return [(user.accountId ?? user.name).lowercased()]
        }
    }

    /// `=`, `!=`, `IN`, `NOT IN` against the set of values an item has for the field.
    private func membership(_ clause: CQLClause, _ values: @escaping (Int) -> [String]) throws(APIError) -> Predicate {
        let wanted = Set(try strings(clause.value))
        switch clause.op {
        case .equals, .in: return { values($0).contains { wanted.contains($0.lowercased()) } }
        case .notEquals, .notIn: return { !values($0).contains { wanted.contains($0.lowercased()) } }
        default: throw unsupported("\(clause.field) \(clause.op.rawValue)")
        }
    }

    /// `=`/`!=` (case-insensitive equality) and `~`/`!~` (token match) on a text.
    /// With `prefilter`, `text` gives raw storage: a byte scan rules out most non-matching items before the
    /// storage is rendered to plain text and tokenised.
    private func textual(_ clause: CQLClause, prefilter: Bool = false, _ raw: @escaping (Int) -> String) throws(APIError) -> Predicate {
        let wanted = try strings(clause.value)
        let text: (Int) -> String = prefilter ? { StorageRendering.plainText(raw($0)) } : raw
        func tokens(_ index: Int, for queries: [String]) -> [String]? {
            guard prefilter else { return TextTokens.tokens(raw(index)) }
            let source = raw(index)
            guard queries.contains(where: { TextTokens.mightMatch(query: $0, raw: source) }) else { return nil }
            return TextTokens.tokens(StorageRendering.plainText(source))
        }
        switch clause.op {
        case .equals, .in: return { let t = text($0).lowercased(); return wanted.contains(t) }
        case .notEquals, .notIn: return { let t = text($0).lowercased(); return !wanted.contains(t) }
        case .contains:
            return { index in
                guard let found = tokens(index, for: wanted) else { return false }
                return wanted.contains { TextTokens.matches(query: $0, in: found) }
            }
        case .notContains:
            return { index in
                guard let found = tokens(index, for: wanted) else { return true }
                return !wanted.contains { TextTokens.matches(query: $0, in: found) }
            }
        default: throw unsupported("\(clause.field) \(clause.op.rawValue)")
        }
    }

    /// Date comparisons against the value's instant; `=` and `!=` on a day mean within that day.
    private func dated(_ clause: CQLClause, _ time: @escaping (Int) -> Timestamp) throws(APIError) -> Predicate {
        guard let range = CQLDateValue.resolve(clause.value, now: now) else {
            throw .badRequest("Could not parse cql : \(source) (\(clause.field) needs a date such as \"2024-01-31\" or now(\"-7d\"))")
        }
        switch clause.op {
        case .equals: return { time($0) >= range.start && time($0) < range.end }
        case .notEquals: return { time($0) < range.start || time($0) >= range.end }
        case .greaterThan: return { time($0) > range.start }
        case .greaterThanOrEqual: return { time($0) >= range.start }
        case .lessThan: return { time($0) < range.start }
        case .lessThanOrEqual: return { time($0) <= range.start }
        default: throw unsupported("\(clause.field) \(clause.op.rawValue)")
        }
    }
}
