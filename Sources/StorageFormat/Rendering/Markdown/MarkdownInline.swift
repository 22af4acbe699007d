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
        if target.contains(where: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "<" || $0 == ">" }) {
            return "<" + target.replacingAll("<", with: "%3C").replacingAll(">", with: "%3E") + ">"
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
            var fence = "`"
            while core.contains(fence) { fence += "`" }
            let pad = core.hasPrefix("`") || core.hasSuffix("`") ? " " : ""
            inner = fence + pad + core + pad + fence
            if inTable { inner = inner.replacingAll("|", with: "\\|") }
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
        let needsEscape = text.utf8.contains { byte in
            switch byte {
            case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7E: return true
            case 0x7C: return inTable
            default: return false
            }
        }
        guard needsEscape else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "~":
                result += "\\"
            case "|" where inTable:
                result += "\\"
            default:
                break
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}

extension String {
    /// The string without leading and trailing spaces.
    var trimmingSpaces: String {
        var bytes = utf8[...]
        while bytes.first == 0x20 { bytes = bytes.dropFirst() }
        while bytes.last == 0x20 { bytes = bytes.dropLast() }
        return bytes.count == utf8.count ? self : String(decoding: bytes, as: UTF8.self)
    }

    /// Every occurrence of `target` replaced by `replacement`.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }

    /// Splits on a separator string.
    func components(separatedBy separator: String) -> [Substring] {
        var parts: [Substring] = []
        var rest = self[...]
        while let range = rest.firstRange(of: separator) {
            parts.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        parts.append(rest)
        return parts
    }
}
