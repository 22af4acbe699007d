import LocalStore
/// LlamaCloud's `failure_handling` object: how a sync treats failures while listing pages.
public struct FailureHandling: Hashable, Sendable, Codable {
    /// Skip failed batches or lists and carry on (`skip_list_failures`).
    public var skipListFailures: Bool?

    /// Creates the object; an absent value is omitted from the wire.
    public init(skipListFailures: Bool? = nil) {
        self.skipListFailures = skipListFailures
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case skipListFailures = "skip_list_failures"
    }

    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.self, what: "failure_handling")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        skipListFailures = try container.decodeIfPresent(Bool.self, forKey: .skipListFailures)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(skipListFailures, forKey: .skipListFailures)
    }
}
