/// A piece of resolved inline text with its terminal style; `"\n"` alone is a hard line break.
struct InlineSpan {
    var text: String
    var style: RunStyle

    /// Resolves inline content to spans: links show their body or their target's name, users their
    /// display name, images their file name and caption, emoticons their emoji.
    static func spans(of inlines: [Inline], base: RunStyle, options: RenderOptions) -> [InlineSpan] {
        var spans: [InlineSpan] = []
        spans.reserveCapacity(inlines.count)
        for inline in inlines {
            append(inline, base: base, options: options, to: &spans, inLink: false)
        }
        return spans
    }

    /// Calls `body` with each span of `inlines`; plain text goes straight through without collecting.
    static func visit(_ inlines: [Inline], base: RunStyle, options: RenderOptions, _ body: (InlineSpan) -> Void) {
        var spans: [InlineSpan] = []
        for index in inlines.indices {
            // Matched in place: copying the inline out first would retain and release its payload.
            if case .text(let text, let style) = inlines[index] {
                body(InlineSpan(text: text, style: styled(base, style)))
                continue
            }
            append(inlines[index], base: base, options: options, to: &spans, inLink: false)
            for span in spans { body(span) }
            spans.removeAll(keepingCapacity: true)
        }
    }

    private static func append(
        _ inline: Inline, base: RunStyle, options: RenderOptions, to spans: inout [InlineSpan], inLink: Bool
    ) {
        switch inline {
        case .text(let text, let style):
            spans.append(InlineSpan(text: text, style: styled(base, style)))
        case .lineBreak:
            spans.append(InlineSpan(text: "\n", style: base))
        case .link(let link):
            var linkStyle = styled(base, link.style)
            if case .user = link.target { linkStyle.role = .mention } else { linkStyle.role = .link }
            if link.body.isEmpty || inLink {
                spans.append(InlineSpan(text: options.name(of: link.target), style: linkStyle))
            } else {
                for part in link.body {
                    if case .text(let text, let style) = part {
                        var partStyle = styled(linkStyle, style)
                        partStyle.role = linkStyle.role
                        spans.append(InlineSpan(text: text, style: partStyle))
                    } else {
                        append(part, base: linkStyle, options: options, to: &spans, inLink: true)
                    }
                }
            }
        case .image(let image):
            let name = image.sourceName ?? image.alt ?? "image"
            spans.append(InlineSpan(text: "[image: " + name + "]", style: RunStyle(role: .image)))
            if !image.caption.isEmpty {
                spans.append(InlineSpan(text: " ", style: base))
                let captionStyle = RunStyle(role: .caption, attributes: .italic)
                for part in image.caption {
                    if case .text(let text, let style) = part {
                        spans.append(InlineSpan(text: text, style: styled(captionStyle, style)))
                    } else if case .lineBreak = part {
                        spans.append(InlineSpan(text: " ", style: captionStyle))
                    } else if !inLink {
                        append(part, base: captionStyle, options: options, to: &spans, inLink: true)
                    }
                }
            }
        case .emoticon(let emoticon):
            spans.append(InlineSpan(text: emoticon.text, style: RunStyle(role: .emoticon)))
        case .status(let status):
            spans.append(InlineSpan(text: "[" + status.title + "]",
                                    style: RunStyle(role: .status(status.colour), attributes: .bold)))
        case .date(let date):
            spans.append(InlineSpan(text: date, style: RunStyle(role: .date)))
        case .jiraIssue(let key):
            spans.append(InlineSpan(text: key, style: RunStyle(role: .jiraIssue)))
        }
    }

    /// `base` with the attributes a text style adds.
    static func styled(_ base: RunStyle, _ style: TextStyle) -> RunStyle {
        guard !style.isEmpty else { return base }
        var result = base
        if style.contains(.strong) { result.attributes.insert(.bold) }
        if style.contains(.emphasis) { result.attributes.insert(.italic) }
        if style.contains(.underline) { result.attributes.insert(.underline) }
        if style.contains(.strike) { result.attributes.insert(.strikethrough) }
        if style.contains(.code) && result.role == .body { result.role = .inlineCode }
        return result
    }
}
