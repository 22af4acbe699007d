import Foundation

/// Writes the storage body of a synthetic page on demand, the same text every time for the same page.
struct SyntheticBodyWriter: Sendable {
    let seed: UInt64
    let medianBytes: Int

    /// The storage-format body of `content` (at `index` in the site).
    func body(for content: SiteContent, index: Int) -> String {
        var random = SeededRandom(seed: seed, index: UInt64(index))
        // Log-normal size around the median: exp(N(0, 0.9)) with a Box-Muller normal.
        let normal = (-2 * log(max(random.unit(), 1e-12))).squareRoot() * cos(2 * Double.pi * random.unit())
        let target = min(250_000, max(200, Int(Double(medianBytes) * exp(0.9 * normal))))
        var out = "<p>\(escape(content.title)) is maintained by the team. Last reviewed on <time datetime=\"\(content.modifiedAt.iso8601.prefix(10))\" />.</p>"
        var section = 1
        while out.utf8.count < target {
            switch random.int(in: 0...9) {
            case 0:
                out += "<h2>Section \(section)</h2>"
                section += 1
            case 1:
                out += "<ul>"
                for _ in 0..<random.int(in: 2...5) { out += "<li>\(sentence(&random, words: 8))</li>" }
                out += "</ul>"
            case 2:
                let language = random.pick(SyntheticVocabulary.languages)
                out += "<ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"language\">\(language)</ac:parameter>"
                    + "<ac:plain-text-body><![CDATA[\(codeLines(&random))]]></ac:plain-text-body></ac:structured-macro>"
            case 3:
                let kind = random.pick(["info", "note", "warning", "tip"])
                out += "<ac:structured-macro ac:name=\"\(kind)\"><ac:rich-text-body><p>\(sentence(&random, words: 14))</p>"
                    + "</ac:rich-text-body></ac:structured-macro>"
            case 4:
                out += "<table><tbody><tr><th>Item</th><th>Owner</th><th>Status</th></tr>"
                for row in 0..<random.int(in: 2...4) {
                    out += "<tr><td>\(sentence(&random, words: 3))</td><td>team \(row)</td><td>"
                        + "<ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\">\(random.pick(["DONE", "IN PROGRESS", "BLOCKED"]))</ac:parameter></ac:structured-macro></td></tr>"
                }
                out += "</tbody></table>"
            default:
                out += "<p>\(sentence(&random, words: random.int(in: 20...60)))</p>"
            }
        }
        return out
    }

    private func sentence(_ random: inout SeededRandom, words count: Int) -> String {
        var words: [String] = []
        words.reserveCapacity(count)
        for _ in 0..<count { words.append(random.pick(SyntheticVocabulary.words)) }
        var text = words.joined(separator: " ")
        if let first = text.first { text = first.uppercased() + text.dropFirst() }
        return text + "."
    }

    private func codeLines(_ random: inout SeededRandom) -> String {
        (0..<random.int(in: 2...6)).map { line in
            "\(random.pick(SyntheticVocabulary.words))_\(line) = \(random.pick(SyntheticVocabulary.words))(\(random.int(in: 1...500)))"
        }.joined(separator: "\n")
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
