extension StorageDocument {
    /// The widest a terminal render is laid out: wider asks are laid out at this width.
    public static let maximumWidth = 10_000

    /// Styled terminal lines for a width: prose wrapped by display width, code left to scroll
    /// horizontally (or clipped inside frames and tables, and everywhere with `clipsCode`, for an output that
    /// cannot scroll), tables and panels drawn with borders.
    public func terminalLines(
        width: Int, options: RenderOptions = RenderOptions(), clipsCode: Bool = false
    ) -> TerminalLines {
        TerminalRenderer.render(blocks, width: min(width, Self.maximumWidth), options: options,
                                root: GeneratedListings(blocks), clipsCode: clipsCode)
    }

    /// Undecorated text for an ingestion preview, with character and estimated token counts.
    public func plainText(options: RenderOptions = RenderOptions()) -> PlainText {
        PlainText(text: PlainTextRenderer.render(blocks, options: options))
    }

    /// GitHub-flavoured Markdown.
    public func markdown(options: RenderOptions = RenderOptions()) -> String {
        MarkdownRenderer.render(blocks, options: options)
    }
}
