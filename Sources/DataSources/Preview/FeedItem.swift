import ConfluenceKit

/// One outcome of the full pass's feed.
enum FeedItem: Sendable {
    /// A selected page with its body.
    case page(Page)
    /// A page asked for by id that could not be read.
    case failed(id: String, error: ConfluenceError)
    /// The listing stopped with this error; pages before it were delivered.
    case listingFailed(ConfluenceError)
}
