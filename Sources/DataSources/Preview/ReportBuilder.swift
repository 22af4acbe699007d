import ConfluenceKit
import StorageFormat

/// Accumulates the pages of a full pass into the figures of an `IngestReport`.
struct ReportBuilder {
    /// How many of the largest pages a report lists.
    static let largestPageCount = 10

    private(set) var pageIDs: [String] = []
    private var seen: Set<String> = []
    private(set) var totalCharacters = 0
    private(set) var estimatedTokens = 0
    private(set) var largestPages: [IngestReport.PageSize] = []
    private(set) var failures: [IngestReport.Failure] = []
    private(set) var notPages: [NotAPage] = []
    /// Pages handled so far, failures included.
    private(set) var done = 0

    /// Takes a listed page into the selection (in arrival order); false when it was already there.
    mutating func select(_ page: Page) -> Bool {
        guard seen.insert(page.id).inserted else { return false }
        pageIDs.append(page.id)
        return true
    }

    /// The plain text of a page's storage body, mentions named by `users` as the page shows them, or nil when the
    /// response carried no body.
    static func measure(_ page: Page, users: UserNameDirectory, on kind: Site.Kind) async -> PlainText? {
        guard let body = page.storageBody else { return nil }
        let document = StorageDocument.parse(body)
        let mentioned = MentionCollector.users(in: document)
        let names = mentioned.isEmpty ? [:] : await users.names(of: mentioned, on: kind)
        return document.plainText(options: RenderOptions(userName: { names[$0] }))
    }

    /// Adds the measurement of a selected page; a page without a body is also reported as a failure.
    mutating func record(_ page: Page, text: PlainText?) {
        done += 1
        if !NotAPage.isPage(page.kind) { notPages.append(NotAPage(id: page.id, kind: page.kind, title: page.title)) }
        guard let text else {
            failures.append(IngestReport.Failure(id: page.id, title: page.title, reason: "the response carried no storage body", status: nil))
            return
        }
        totalCharacters += text.characterCount
        estimatedTokens += text.estimatedTokenCount
        keepIfLarge(IngestReport.PageSize(id: page.id, title: page.title, spaceKey: page.space?.key,
                                          characters: text.characterCount, estimatedTokens: text.estimatedTokenCount))
    }

    /// Records a page that could not be read; it is not part of the selection.
    mutating func fail(id: String, error: ConfluenceError) {
        guard seen.insert(id).inserted else { return }
        done += 1
        failures.append(IngestReport.Failure(id: id, title: nil, reason: error.description, status: error.status))
    }

    /// Puts the selected ids in the order given (ids not in it keep their place after those that are).
    mutating func order(by ids: [String]) {
        let rank = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        pageIDs = pageIDs.enumerated().sorted { lhs, rhs in
            (rank[lhs.element] ?? ids.count + lhs.offset, lhs.offset) < (rank[rhs.element] ?? ids.count + rhs.offset, rhs.offset)
        }.map(\.element)
        failures.sort { (rank[$0.id] ?? Int.max) < (rank[$1.id] ?? Int.max) }
        notPages.sort { (rank[$0.id] ?? Int.max) < (rank[$1.id] ?? Int.max) }
    }

    private mutating func keepIfLarge(_ size: IngestReport.PageSize) {
        if largestPages.count == Self.largestPageCount, let smallest = largestPages.last, smallest.characters >= size.characters { return }
        let index = largestPages.firstIndex { $0.characters < size.characters } ?? largestPages.endIndex
        largestPages.insert(size, at: index)
        if largestPages.count > Self.largestPageCount { largestPages.removeLast() }
    }
}
