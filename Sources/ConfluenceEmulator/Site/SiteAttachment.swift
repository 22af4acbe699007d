/// Metadata of a file attached to a page (the emulator serves no file bytes).
public struct SiteAttachment: Sendable, Hashable, Codable {
    /// Attachment id, `att<digits>`.
    public var id: String
    /// File name.
    public var title: String
    /// MIME type.
    public var mediaType: String
    /// Size in bytes.
    public var fileSize: Int
    /// Upload comment.
    public var comment: String

    /// Creates attachment metadata.
    public init(id: String, title: String, mediaType: String, fileSize: Int, comment: String = "") {
        self.id = id
        self.title = title
        self.mediaType = mediaType
        self.fileSize = fileSize
        self.comment = comment
    }
}
