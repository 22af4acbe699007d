/// Reduces an HTML error page to its readable text.
enum HTMLText {
    /// Drops `<script>`/`<style>` blocks, comments and tags, decodes common entities, and collapses whitespace.
    static func reduce(_ html: String) -> String {
        var text = html
        for block in ["script", "style", "head"] {
            text = removeBlocks(named: block, from: text)
        }
        text = removeBetween("<!--", "-->", in: text)
        var output = ""
        var inTag = false
        for character in text {
            if character == "<" {
                inTag = true
                output.append(" ")
            } else if character == ">" && inTag {
                inTag = false
            } else if !inTag {
                output.append(character)
            }
        }
        return collapseWhitespace(decodeEntities(output))
    }

    /// Replaces every run of whitespace with one space and trims the ends.
    static func collapseWhitespace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func removeBlocks(named name: String, from text: String) -> String {
        var result = text
        while let open = result.range(of: "<\(name)", options: .caseInsensitive) {
            guard let close = result.range(of: "</\(name)>", options: .caseInsensitive, range: open.upperBound..<result.endIndex) else {
                result.removeSubrange(open.lowerBound..<result.endIndex)
                break
            }
            result.removeSubrange(open.lowerBound..<close.upperBound)
        }
        return result
    }

    private static func removeBetween(_ start: String, _ end: String, in text: String) -> String {
        var result = text
        while let open = result.range(of: start) {
            let close = result.range(of: end, range: open.upperBound..<result.endIndex)
            result.removeSubrange(open.lowerBound..<(close?.upperBound ?? result.endIndex))
        }
        return result
    }

    private static let entities: [String: String] = [
        "&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&apos;": "'",
    ]

    private static func decodeEntities(_ text: String) -> String {
        entities.reduce(text) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
    }
}
