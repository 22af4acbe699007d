import Foundation

/// Turns storage-format bodies into plain text (for search and excerpts) and simple HTML (for `view`/`export_view`).
enum StorageRendering {
    private static let blockElements: Set<String> = [
        "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote",
        "ac:task", "ac:layout-cell", "table", "ul", "ol",
    ]

    /// The visible text of a body, block elements separated by newlines.
    static func plainText(_ storage: String) -> String {
        var out = ""
        var skipDepth = 0
        for token in StorageScanner.tokens(storage) {
            switch token {
            case .open(let name, _, let selfClosing):
                if !selfClosing && skipsContent(name) { skipDepth += 1 }
                if blockElements.contains(name) && !out.hasSuffix("\n") && !out.isEmpty { out += "\n" }
            case .close(let name):
                if skipsContent(name) { skipDepth = max(0, skipDepth - 1) }
                if blockElements.contains(name) && !out.hasSuffix("\n") && !out.isEmpty { out += "\n" }
            case .text(let text) where skipDepth == 0:
                out += StorageScanner.decodeEntities(text)
            case .cdata(let text) where skipDepth == 0:
                out += text
            default:
                break
            }
        }
        return out.trimmingSpaces()
    }

    /// A plain HTML rendering: HTML kept, macros turned into divs or `<pre>` (status titles into a lozenge span),
    /// resource tags reduced to their text.
    static func html(_ storage: String) -> String {
        var out = ""
        var skipDepth = 0
        var macroStack: [String] = []
        var inStatusTitle = false
        for token in StorageScanner.tokens(storage) {
            switch token {
            case .open(let name, let attributes, let selfClosing):
                if skipDepth > 0 {
                    if !selfClosing && skipsContent(name) { skipDepth += 1 }
                    continue
                }
                if name == "ac:parameter" && macroStack.last == "status"
                    && StorageScanner.attribute("ac:name", in: attributes) == "title" && !selfClosing {
                    out += "<span class=\"status-lozenge\">"
                    inStatusTitle = true
                } else if !selfClosing && skipsContent(name) {
                    skipDepth = 1
                } else if name == "ac:structured-macro" || name == "ac:macro" {
                    let macro = StorageScanner.attribute("ac:name", in: attributes) ?? "macro"
                    if !selfClosing {
                        macroStack.append(macro)
                        out += macro == "code" || macro == "noformat" ? "<pre class=\"code\">" : "<div class=\"confluence-\(escapeAttribute(macro))\">"
                    }
                } else if name == "ac:emoticon" {
                    out += StorageScanner.attribute("ac:emoji-fallback", in: attributes) ?? ":\(StorageScanner.attribute("ac:name", in: attributes) ?? "")):"
                } else if name == "ri:page" || name == "ri:attachment" || name == "ri:url" {
                    let label = StorageScanner.attribute("ri:content-title", in: attributes)
                        ?? StorageScanner.attribute("ri:filename", in: attributes)
                        ?? StorageScanner.attribute("ri:value", in: attributes) ?? ""
                    out += "<span class=\"link\">\(escapeText(StorageScanner.decodeEntities(label)))</span>"
                } else if !name.contains(":") {
                    out += "<\(name)\(attributes)\(selfClosing ? " /" : "")>"
                }
            case .close(let name):
                if skipDepth > 0 {
                    if skipsContent(name) { skipDepth -= 1 }
                    continue
                }
                if name == "ac:parameter" && inStatusTitle {
                    out += "</span>"
                    inStatusTitle = false
                } else if name == "ac:structured-macro" || name == "ac:macro" {
                    let macro = macroStack.popLast() ?? ""
                    out += macro == "code" || macro == "noformat" ? "</pre>" : "</div>"
                } else if !name.contains(":") {
                    out += "</\(name)>"
                }
            case .text(let text):
                if skipDepth == 0 { out += text }
            case .cdata(let text):
                if skipDepth == 0 { out += escapeText(text) }
            }
        }
        return out
    }

    /// Elements whose content is metadata, not visible text.
    private static func skipsContent(_ name: String) -> Bool {
        name == "ac:parameter" || name == "ac:adf-fallback" || name == "ac:placeholder"
    }

    static func escapeText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }

    private static func escapeAttribute(_ text: String) -> String {
        escapeText(text).replacingOccurrences(of: "\"", with: "&quot;")
    }
}
