public import StorageFormat

/// A fetched page with its body already parsed, so the parse happens in the loading task rather
/// than on the main actor.
public struct LoadedPage: Sendable {
    /// The page and its header metadata.
    public var detail: PageDetail
    /// The parsed storage body.
    public var document: StorageDocument

    /// Parses `detail`'s body.
    public init(_ detail: PageDetail) {
        self.detail = detail
        document = StorageDocument.parse(detail.storageBody)
    }
}
