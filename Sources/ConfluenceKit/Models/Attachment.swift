/// A file attached to a page.
public struct Attachment: Hashable, Sendable, Codable {
    /// The attachment id (`att123` on Cloud v2).
    public var id: String
    /// The file name.
    public var title: String
    /// The media type, e.g. `image/png`.
    public var mediaType: String?
    /// The size in bytes.
    public var fileSize: Int?
    /// The attachment comment.
    public var comment: String?
    /// The download path relative to the site, when the server sent it.
    public var downloadPath: String?
    /// The version number.
    public var version: Int?

    /// Creates an attachment.
    public init(id: String, title: String, mediaType: String? = nil, fileSize: Int? = nil, comment: String? = nil, downloadPath: String? = nil, version: Int? = nil) {
        self.id = id
        self.title = title
        self.mediaType = mediaType
        self.fileSize = fileSize
        self.comment = comment
        self.downloadPath = downloadPath
        self.version = version
    }
}
