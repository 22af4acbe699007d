public import Foundation
import LocalStore

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

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case count, at
    }

    /// Decodes a record, refusing a negative count (a hand edit) rather than showing it.
    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.self, what: "last_preview")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // Read as a number first, so a fraction or a number too large for a count is named by its field.
        let number = try container.decode(Double.self, forKey: .count)
        guard number >= 0, number == number.rounded(), number <= Double(Int32.max) else {
            throw DecodingError.dataCorruptedError(forKey: .count, in: container, debugDescription: "A page count is a whole number, 0 or more")
        }
        count = Int(number)
        at = try container.decode(Date.self, forKey: .at)
    }
}
