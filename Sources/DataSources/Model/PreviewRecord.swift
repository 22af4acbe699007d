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
}
