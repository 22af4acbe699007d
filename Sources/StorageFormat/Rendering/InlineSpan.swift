/// A piece of resolved inline text with its terminal style; `"\n"` alone is a hard line break.
struct InlineSpan {
    var text: String
    var style: RunStyle

    /// Resolves inline content to spans: links show their body or their target's name, users their
    /// display name, images their file name and caption, emoticons their emoji.
    static func spans(of inlines: [Inline], base: RunStyle, options: RenderOptions) -> [InlineSpan] {
        var spans: [InlineSpan] = []
        spans.reserveCapacity(inlines.count)
        visit(inlines, base: base, options: options) { spans.append($0) }
        return spans
    }

    /// Calls `body` with each span of `inlines`, in order, without collecting them.
    static func visit(_ inlines: [Inline], base: RunStyle, options: RenderOptions, _ body: (InlineSpan) -> Void) {
        for index in inlines.indices {
            // Matched in place: copying the inline out first would retain and release its payload.
            if case .text(let text, let style) = inlines[index] {
                body(InlineSpan(text: shown(text, style), style: styled(base, style)))
                continue
            }
            visit(inlines[index], base: base, options: options, inLink: false, body)
        }
    }

    private static func visit(
        _ inline: Inline, base: RunStyle, options: RenderOptions, inLink: Bool, _ body: (InlineSpan) -> Void
    ) {
        switch inline {
        case .text(let text, let style):
            body(InlineSpan(text: shown(text, style), style: styled(base, style)))
        case .lineBreak:
            body(InlineSpan(text: "\n", style: base))
        case .link(let link):
            var linkStyle = styled(base, link.style)
            if case .user = link.target { linkStyle.role = .mention } else { linkStyle.role = .link }
            if link.body.isEmpty || inLink {
                body(InlineSpan(text: options.name(of: link.target), style: linkStyle))
            } else {
                for part in link.body {
                    if case .text(let text, let style) = part {
                        var partStyle = styled(linkStyle, style)
                        partStyle.role = linkStyle.role
                        body(InlineSpan(text: shown(text, style), style: partStyle))
                    } else {
                        visit(part, base: linkStyle, options: options, inLink: true, body)
                    }
                }
            }
        case .image(let image):
            emitBracketed(image.textLabel, opening: "[image: ", style: RunStyle(role: .image), body)
            if !image.caption.isEmpty {
                body(InlineSpan(text: " ", style: base))
                let captionStyle = RunStyle(role: .caption, attributes: .italic)
                for part in image.caption {
                    if case .text(let text, let style) = part {
                        body(InlineSpan(text: text, style: styled(captionStyle, style)))
                    } else if case .lineBreak = part {
                        body(InlineSpan(text: " ", style: captionStyle))
                    } else if !inLink {
                        // A caption's link shows its text, as the caption's reader sees it.
                        visit(part, base: captionStyle, options: options, inLink: false, body)
                    }
                }
            }
        case .emoticon(let emoticon):
            body(InlineSpan(text: emoticon.text, style: RunStyle(role: .emoticon)))
        case .status(let status):
            emitBracketed(status.title, opening: "[", style: RunStyle(role: .status(status.colour), attributes: .bold), body)
        case .date(let date, let style):
            body(InlineSpan(text: date, style: styled(RunStyle(role: .date), style)))
        case .jiraIssue(let key, let style):
            body(InlineSpan(text: key, style: styled(RunStyle(role: .jiraIssue), style)))
        case .anchor:
            break
        }
    }

    /// Emits `opening`, `text` and a closing bracket as three spans of one style: together they wrap and
    /// read as one text, and no string is built per image or status.
    private static func emitBracketed(_ text: String, opening: String, style: RunStyle, _ body: (InlineSpan) -> Void) {
        body(InlineSpan(text: opening, style: style))
        if !text.isEmpty { body(InlineSpan(text: text, style: style)) }
        body(InlineSpan(text: "]", style: style))
    }

    /// `text` in `style` as terminal and plain text show it: raised or lowered digits and signs in their Unicode
    /// superscript or subscript forms (`mc²`, `H₂O`), which neither can draw otherwise; other text, letters included, as
    /// written.
    @inline(__always)
    private static func shown(_ text: String, _ style: TextStyle) -> String {
        style.isDisjoint(with: [.superscript, .subscript]) ? text : raised(text, style)
    }

    /// `shown` for raised or lowered text (rare: kept out of line).
    @inline(never)
    private static func raised(_ text: String, _ style: TextStyle) -> String {
        let forms = style.contains(.superscript) ? superscripts : subscripts
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard let index = raisable.firstIndex(of: scalar) else { return text }
            result.append(forms[index])
        }
        return String(result)
    }

    /// The characters with superscript and subscript forms, in the order of `superscripts` and `subscripts`.
    private static let raisable = Array("0123456789+-=()".unicodeScalars)
    private static let superscripts = Array("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾".unicodeScalars)
    private static let subscripts = Array("₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎".unicodeScalars)

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
