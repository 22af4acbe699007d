import Foundation

/// A list from Confluence that fetches its pages lazily, one request per page, as it is iterated.
///
/// Paging follows the server's next link (the `Link` header or `_links.next`) and stops only when there is
/// none; a page shorter than the limit asked for is not the end. When the server repeats a next link or
/// sends the same page twice (a server ignoring `start`), iteration throws a `ConfluenceError` of kind
/// `.paginationLoop` instead of looping.
public struct PagedSequence<Element: Hashable & Sendable>: AsyncSequence, Sendable {
    public typealias Failure = ConfluenceError

    /// Empty pages in a row, each with a fresh next link, after which paging is taken to be looping.
    static var maximumEmptyPagesInARow: Int { 20 }

    /// Fetches one page: the first when `url` is nil, else the page at a next link.
    typealias Fetch = @Sendable (_ url: URL?) async throws(ConfluenceError) -> PageOfResults<Element>

    private let fetch: Fetch
    private let describeLoop: @Sendable (_ url: URL, _ detail: String) -> ConfluenceError

    init(fetch: @escaping Fetch, describeLoop: @escaping @Sendable (URL, String) -> ConfluenceError) {
        self.fetch = fetch
        self.describeLoop = describeLoop
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(fetch: fetch, describeLoop: describeLoop)
    }

    /// Collects the elements, all of them or at most `limit`, fetching no page beyond the one that completes them.
    public func collect(limit: Int? = nil) async throws(ConfluenceError) -> [Element] {
        var elements: [Element] = []
        if let limit, limit <= 0 { return elements }
        for try await element in self {
            elements.append(element)
            if let limit, elements.count >= limit { break }
        }
        return elements
    }

    /// Walks the pages, buffering one page at a time.
    public struct Iterator: AsyncIteratorProtocol {
        private let fetch: Fetch
        private let describeLoop: @Sendable (URL, String) -> ConfluenceError
        private var buffer: [Element] = []
        private var bufferIndex = 0
        private var nextURL: URL?
        private var started = false
        private var finished = false
        private var requested: Set<String> = []
        private var previousPage: [Element]?
        private var pendingError: ConfluenceError?
        private var emptyPagesInARow = 0

        init(fetch: @escaping Fetch, describeLoop: @escaping @Sendable (URL, String) -> ConfluenceError) {
            self.fetch = fetch
            self.describeLoop = describeLoop
        }

        public mutating func next() async throws(ConfluenceError) -> Element? {
            try await next(isolation: nil)
        }

        public mutating func next(isolation actor: isolated (any Actor)?) async throws(ConfluenceError) -> Element? {
            while bufferIndex >= buffer.count {
                if let error = pendingError {
                    pendingError = nil
                    throw error
                }
                guard !finished else { return nil }
                try await loadPage(isolation: actor)
            }
            defer { bufferIndex += 1 }
            return buffer[bufferIndex]
        }

        private mutating func loadPage(isolation actor: isolated (any Actor)?) async throws(ConfluenceError) {
            let page: PageOfResults<Element>
            do {
                page = try await fetch(started ? nextURL : nil)
            } catch {
                finished = true
                throw error
            }
            started = true
            requested.insert(page.requestURL.absoluteString)
            if !page.elements.isEmpty, page.elements == previousPage {
                finished = true
                throw describeLoop(page.requestURL, "the server returned the same page twice (it ignores the paging parameters)")
            }
            emptyPagesInARow = page.elements.isEmpty ? emptyPagesInARow + 1 : 0
            if let next = page.next {
                if emptyPagesInARow >= PagedSequence.maximumEmptyPagesInARow {
                    finished = true
                    throw describeLoop(page.requestURL, "the server sent \(emptyPagesInARow) empty pages in a row, each with another next link")
                }
                if requested.contains(next.absoluteString) {
                    // This page is new: deliver it, then fail instead of fetching a page already seen.
                    finished = true
                    pendingError = describeLoop(page.requestURL, "the server sent a next-page link that was already fetched (\(SecretRedactor.redactQuery(next.relativePathAndQuery)))")
                } else {
                    nextURL = next
                }
            } else {
                finished = true
            }
            if !page.elements.isEmpty { previousPage = page.elements }
            buffer = page.elements
            bufferIndex = 0
        }
    }
}

/// One fetched page: its elements, the URL that produced it, and the resolved next link, if any.
struct PageOfResults<Element: Sendable>: Sendable {
    let elements: [Element]
    let requestURL: URL
    let next: URL?
}
