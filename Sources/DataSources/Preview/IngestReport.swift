/// The outcome of a full ingestion preview, as `confluence-tui preview --full --json` prints it.
///
/// JSON shape (`JSONEncoder()` with default settings; the keys are fixed by `CodingKeys`, absent optionals are
/// left out):
/// ```
/// {
///   "selector": {"field": "space_key" | "page_ids" | "label" | "cql", "value": "ENG"},
///   "site": "https://x.atlassian.net", "site_kind": "cloud" | "cloud_gateway" | "data_center",
///   "complete": true,                    // false when listing stopped early; see listing_error
///   "listing_error": "…",                // only when complete is false
///   "expected_count": 4938,              // totalSize of the count query (page_ids: the number of ids); absent if it failed
///   "page_count": 4938,                  // == page_ids.count
///   "total_characters": 123456,          // grapheme clusters of the StorageFormat plain text, all pages
///   "estimated_tokens": 34567,           // StorageFormat's TokenEstimator over the same text
///   "token_estimate_basis": "…",         // a sentence stating how tokens are estimated
///   "largest_pages": [{"id", "title", "space_key"?, "characters", "estimated_tokens"}],   // at most 10, largest first
///   "failed_pages": [{"id", "title"?, "reason", "status"?}],  // pages that could not be read, and why
///   "skipped": [{"reason": "archived_page" | "archived_space", "count", "page_ids"?, "note"}],
///   "not_pages": [{"id", "type", "title"}],  // selected folders and the like (listed ids, CQL matches): no text
///   "page_ids": ["65601", …],            // every selected page, in selection order, without duplicates
///   "requests": 23, "retries": 0, "rate_limit_waits": 0, "rate_limit_wait_seconds": 0.0,
///   "elapsed_seconds": 0.84
/// }
/// ```
/// `page_ids` is what LlamaIndex's `ConfluenceReader.load_data` returns for the same selector: a page listed
/// without a readable body still counts as selected (and is also in `failed_pages`); a `page_ids` entry the site
/// does not return (404, 403) is not selected and is only in `failed_pages`.
public struct IngestReport: Hashable, Sendable, Codable {
    /// The selector previewed, as its LlamaCloud field and value.
    public struct SelectorField: Hashable, Sendable, Codable {
        /// `space_key`, `page_ids`, `label` or `cql`.
        public var field: String
        /// The value as the definition holds it (`page_ids` comma-separated).
        public var value: String
    }

    /// One of the largest pages.
    public struct PageSize: Hashable, Sendable, Codable {
        /// The page id.
        public var id: String
        /// The title.
        public var title: String
        /// The page's space key, when known.
        public var spaceKey: String?
        /// Characters of the plain text.
        public var characters: Int
        /// Estimated tokens of the plain text.
        public var estimatedTokens: Int

        private enum CodingKeys: String, CodingKey {
            case id, title, characters
            case spaceKey = "space_key"
            case estimatedTokens = "estimated_tokens"
        }
    }

    /// A page that could not be read.
    public struct Failure: Hashable, Sendable, Codable {
        /// The page id.
        public var id: String
        /// The title, when the listing gave it.
        public var title: String?
        /// Why, as a sentence.
        public var reason: String
        /// The HTTP status, when a response arrived.
        public var status: Int?
    }

    /// Items the selection leaves out that a person might expect in it.
    public struct Skipped: Hashable, Sendable, Codable {
        /// `archived_page` (archived pages of the space) or `archived_space` (matches in archived spaces).
        public var reason: String
        /// How many.
        public var count: Int
        /// Their ids, when they were listed.
        public var pageIDs: [String]?
        /// A sentence saying what was skipped and why.
        public var note: String

        private enum CodingKeys: String, CodingKey {
            case reason, count, note
            case pageIDs = "page_ids"
        }
    }

    /// Mentioned users a failing user lookup left unnamed: their mentions count as account ids, not names.
    public struct UnnamedUsers: Codable, Sendable, Hashable {
        /// How many users.
        public var count: Int
        /// The lookup's last failure.
        public var reason: String
    }

    /// The selector previewed.
    public var selector: SelectorField
    /// The site as a person would recognise it.
    public var site: String
    /// `cloud`, `cloud_gateway` or `data_center` (`Site.jsonKindName`).
    public var siteKind: String
    /// Whether every selected page was listed; false when listing stopped with an error.
    public var complete: Bool
    /// Why listing stopped, when it did.
    public var listingError: String?
    /// The count the quick query gave, when it succeeded.
    public var expectedCount: Int?
    /// Pages selected.
    public var pageCount: Int
    /// Characters of all pages' plain text.
    public var totalCharacters: Int
    /// Estimated tokens of all pages' plain text.
    public var estimatedTokens: Int
    /// How tokens are estimated.
    public var tokenEstimateBasis: String
    /// The largest pages by characters, largest first.
    public var largestPages: [PageSize]
    /// Pages that failed to load, and why.
    public var failedPages: [Failure]
    /// Archived items left out by the selection.
    public var skipped: [Skipped]
    /// Selected items that are no page (a listed folder's id, a CQL match on a folder), pulled without text.
    public var notPages: [NotAPage]
    /// Every selected page id, in selection order.
    public var pageIDs: [String]
    /// Mentioned users left unnamed because the user lookup failed; nil when every lookup answered.
    public var unnamedUsers: UnnamedUsers? = nil
    /// Requests sent, retries included.
    public var requests: Int
    /// Retries scheduled.
    public var retries: Int
    /// Waits caused by rate limits (429).
    public var rateLimitWaits: Int
    /// Seconds spent waiting on rate limits (summed over requests).
    public var rateLimitWaitSeconds: Double
    /// Wall time of the full pass.
    public var elapsedSeconds: Double

    private enum CodingKeys: String, CodingKey {
        case selector, site, complete, skipped, requests, retries
        case siteKind = "site_kind"
        case listingError = "listing_error"
        case expectedCount = "expected_count"
        case pageCount = "page_count"
        case totalCharacters = "total_characters"
        case estimatedTokens = "estimated_tokens"
        case tokenEstimateBasis = "token_estimate_basis"
        case largestPages = "largest_pages"
        case failedPages = "failed_pages"
        case notPages = "not_pages"
        case pageIDs = "page_ids"
        case unnamedUsers = "unnamed_users"
        case rateLimitWaits = "rate_limit_waits"
        case rateLimitWaitSeconds = "rate_limit_wait_seconds"
        case elapsedSeconds = "elapsed_seconds"
    }

    /// The basis of `estimatedTokens`, stated in every report.
    public static let tokenEstimateBasis = "StorageFormat TokenEstimator over the plain text: each run of ASCII letters and digits "
        + "counts one token per 4 characters (rounded up), each other visible ASCII character one token, each non-ASCII "
        + "character one token, whitespace (no-break and ideographic spaces too) none; close to cl100k-style BPE on "
        + "documentation text, not exact"
}
