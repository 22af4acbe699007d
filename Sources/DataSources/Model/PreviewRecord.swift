public import Foundation

/// The outcome of the last ingestion preview of a definition: how many pages it selected, and when.
///
/// Stored beside the LlamaCloud component in the definition file (`last_preview`), never sent to LlamaCloud.
public struct PreviewRecord: Hashable, Sendable, Codable {
    /// The number of pages the preview selected.
    public var count: Int
    /// When the preview ran.
    public var at: Date

    /// Creates a record.
    public init(count: Int, at: Date) {
        self.count = count
        self.at = at
    }

    private enum CodingKeys: String, CodingKey {
        case count, at
    }

    /// Decodes a record, refusing a negative count (a hand edit) rather than showing it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        count = try container.decode(Int.self, forKey: .count)
        at = try container.decode(Date.self, forKey: .at)
        guard count >= 0 else {
            throw DecodingError.dataCorruptedError(forKey: .count, in: container, debugDescription: "A page count is 0 or more")
        }
    }
}
