/// Renders inline content as GitHub-flavoured Markdown.
struct MarkdownInline {
    let options: RenderOptions
    /// Inside a pipe table: `|` is escaped and line breaks become `<br>`.
    var inTable = false

    func render(_ inlines: [Inline]) -> String {
        var output = ""
        for inline in inlines { append(inline, to: &output, inLink: false) }
        return output
    }

    private func append(_ inline: Inline, to output: inout String, inLink: Bool) {
        switch inline {
        case .text(let text, let style):
            output += styled(text, style)
        case .lineBreak:
            output += inTable ? "<br>" : "\\\n"
        case .link(let link):
            output += self.link(link, inLink: inLink)
        case .image(let image):
            let alt = escape(image.alt ?? image.sourceName ?? "image")
            output += "![" + alt + "](" + destination(image.sourceName ?? "") + ")"
            if !image.caption.isEmpty {
                let caption = MarkdownInline(options: options, inTable: inTable).render(
                    image.caption.filter { if case .lineBreak = $0 { return false } else { return true } })
                output += " *" + caption.trimmingSpaces + "*"
            }
        case .emoticon(let emoticon):
            output += escape(emoticon.text)
        case .status(let status):
            output += "**\\[" + escape(status.title) + "\\]**"
        case .date(let date):
            output += escape(date)
        case .jiraIssue(let key):
            output += escape(key)
        }
    }

    private func link(_ link: Link, inLink: Bool) -> String {
        var body = ""
        if inLink || link.body.isEmpty {
            body = escape(options.name(of: link.target))
        } else {
            for part in link.body { append(part, to: &body, inLink: true) }
        }
        let target: String
        switch link.target {
        case .url(let url):
            if link.body.isEmpty || PlainTextRenderer.text(of: link.body, options: options) == url {
                return url.isEmpty ? body : "<" + url + ">"
            }
            target = url
        case .page(let title, let space, let anchor), .blogPost(let title, let space, let anchor):
            target = (space.map { $0 + "/" } ?? "") + title + (anchor.map { "#" + $0 } ?? "")
        case .attachment(let filename, _):
            target = filename
        case .anchor(let anchor):
            target = "#" + anchor
        case .user, .space, .content:
            return body
        }
        return "[" + body + "](" + destination(target) + ")"
    }

    /// A link destination, in angle brackets when it holds spaces or parentheses.
    private func destination(_ target: String) -> String {
        if target.utf8.contains(where: { $0 == 0x20 || $0 == 0x28 || $0 == 0x29 || $0 == 0x3C || $0 == 0x3E }) {
            return "<" + target.replacingASCII { $0 == 0x3C ? "%3C" : $0 == 0x3E ? "%3E" : nil } + ">"
        }
        return target
    }

    /// Text wrapped in the markers of its style, whitespace kept outside the markers.
    private func styled(_ text: String, _ style: TextStyle) -> String {
        guard !style.isEmpty else { return escape(text) }
        let core = text.trimmingSpaces
        guard !core.isEmpty else { return text }
        let leading = text.utf8.first == 0x20 ? " " : ""
        let trailing = text.utf8.last == 0x20 ? " " : ""
        var inner: String
        if style.contains(.code) {
            let fence = String(repeating: "`", count: core.longestRun(of: 0x60) + 1)
            let pad = core.utf8.first == 0x60 || core.utf8.last == 0x60 ? " " : ""
            inner = fence + pad + core + pad + fence
            if inTable { inner = inner.replacingASCII { $0 == 0x7C ? "\\|" : nil } }
        } else {
            inner = escape(core)
        }
        if style.contains(.strike) { inner = "~~" + inner + "~~" }
        if style.contains(.emphasis) { inner = "*" + inner + "*" }
        if style.contains(.strong) { inner = "**" + inner + "**" }
        if style.contains(.subscript) { inner = "<sub>" + inner + "</sub>" }
        if style.contains(.superscript) { inner = "<sup>" + inner + "</sup>" }
        return leading + inner + trailing
    }

    /// Backslash-escapes Markdown punctuation.
    func escape(_ text: String) -> String {
        let inTable = inTable
        return text.replacingASCII { byte in
            switch byte {
            case 0x5C: return "\\\\"
            case 0x60: return "\\`"
            case 0x2A: return "\\*"
            case 0x5F: return "\\_"
            case 0x5B: return "\\["
            case 0x5D: return "\\]"
            case 0x3C: return "\\<"
            case 0x3E: return "\\>"
            case 0x7E: return "\\~"
            case 0x7C where inTable: return "\\|"
            default: return nil
            }
        }
    }
}
