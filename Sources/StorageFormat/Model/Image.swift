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

    /// What text output says of the image: its alternative text (unless the caption says the same), then the file name or
    /// address it comes from. The address of bytes written inline (`data:`) is left out, as it holds no words.
    var textLabel: String {
        // On one line: a line break in the alt text is a space. Alt text the caption repeats, which follows the label, is
        // read once.
        func repeatsCaption(_ alt: String) -> Bool {
            !caption.isEmpty && ModelBuilder.collapsed(alt) == ModelBuilder.collapsed(InlineFlattener.plainText(of: caption).onOneLine)
        }
        let alt = alt.flatMap { $0.utf8.allSatisfy { $0 == 0x20 || $0 &- 0x09 < 5 } ? nil : $0.onOneLine }
            .flatMap { repeatsCaption($0) ? nil : $0 }
        var isInlineData = false
        if case .url(let url) = source { isInlineData = url.utf8.prefix(5).map({ $0 | 0x20 }).elementsEqual("data:".utf8) }
        let name = isInlineData ? nil : sourceName.flatMap { $0.isEmpty ? nil : $0 }
        switch (alt, name) {
        case let (alt?, name?): return alt == name ? alt : alt + " (" + name + ")"
        case let (alt?, nil): return alt
        case let (nil, name?): return name
        case (nil, nil): return isInlineData ? "embedded" : "image"
        }
    }
}
