/// An image: an attachment or a URL, with its caption.
public struct Image: Sendable, Hashable {
    /// Where the image comes from.
    public enum Source: Sendable, Hashable {
        /// An attached file, by name.
        case attachment(filename: String)
        /// An external URL.
        case url(String)
        /// No source given.
        case none
    }

    /// Where the image comes from.
    public var source: Source
    /// Alternative text.
    public var alt: String?
    /// The caption below the image.
    public var caption: [Inline]

    /// Creates an image.
    public init(source: Source, alt: String? = nil, caption: [Inline] = []) {
        self.source = source
        self.alt = alt
        self.caption = caption
    }

    /// The file name or URL.
    public var sourceName: String? {
        switch source {
        case .attachment(let filename): return filename
        case .url(let url): return url
        case .none: return nil
        }
    }
}
