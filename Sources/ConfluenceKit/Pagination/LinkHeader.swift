import Foundation

/// Reads RFC 8288 `Link` headers: `</wiki/api/v2/spaces?cursor=abc>; rel="next", <https://x>; rel="base"`.
enum LinkHeader {
    /// The target of the first link whose `rel` includes `relation`.
    static func target(of relation: String, in values: [String]) -> String? {
        for value in values {
            for link in split(value) {
                guard let open = link.firstIndex(of: "<"), let close = link[open...].firstIndex(of: ">") else { continue }
                let target = String(link[link.index(after: open)..<close])
                let parameters = link[link.index(after: close)...].split(separator: ";")
                for parameter in parameters {
                    let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    guard pair.count == 2, pair[0].lowercased() == "rel" else { continue }
                    let relations = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")).lowercased().split(separator: " ")
                    if relations.contains(Substring(relation.lowercased())) { return target }
                }
            }
        }
        return nil
    }

    /// Splits a header value into links at commas outside angle brackets and quotes.
    private static func split(_ value: String) -> [Substring] {
        var links: [Substring] = []
        var start = value.startIndex
        var inBrackets = false
        var inQuotes = false
        for index in value.indices {
            switch value[index] {
            case "<" where !inQuotes: inBrackets = true
            case ">" where !inQuotes: inBrackets = false
            case "\"" where !inBrackets: inQuotes.toggle()
            case "," where !inBrackets && !inQuotes:
                links.append(value[start..<index])
                start = value.index(after: index)
            default: break
            }
        }
        links.append(value[start...])
        return links
    }
}
