import Foundation

/// Writes the storage body of a synthetic page on demand, the same text every time for the same page.
/// Appends UTF-8 bytes to one buffer (no intermediate strings), so 100k bodies can be generated in a few seconds.
struct SyntheticBodyWriter: Sendable {
    let seed: UInt64
    let medianBytes: Int

    private static let words = SyntheticVocabulary.words.map { Array($0.utf8) }
    private static let capitalizedWords = SyntheticVocabulary.words.map { Array(($0.prefix(1).uppercased() + $0.dropFirst()).utf8) }
    private static let languages = SyntheticVocabulary.languages.map { Array($0.utf8) }
    private static let panels = ["info", "note", "warning", "tip"].map { Array($0.utf8) }
    private static let statuses = ["DONE", "IN PROGRESS", "BLOCKED"].map { Array($0.utf8) }

    /// The storage-format body of `content` (at `index` in the site).
    func body(for content: SiteContent, index: Int) -> String {
        var random = SeededRandom(seed: seed, index: UInt64(index))
        // Log-normal size around the median: exp(N(0, 0.9)) with a Box-Muller normal.
        let normal = (-2 * log(max(random.unit(), 1e-12))).squareRoot() * cos(2 * Double.pi * random.unit())
        let target = min(250_000, max(200, Int(Double(medianBytes) * exp(0.9 * normal))))
        var out: [UInt8] = []
        out.reserveCapacity(target + 600)
        out += "<p>".utf8
        out += escape(content.title).utf8
        out += " is maintained by the team. Last reviewed on <time datetime=\"".utf8
        out += content.modifiedAt.iso8601.prefix(10).utf8
        out += "\" />.</p>".utf8
        var section = 1
        while out.count < target {
            switch random.int(in: 0...9) {
            case 0:
                out += "<h2>Section ".utf8
                out += String(section).utf8
                out += "</h2>".utf8
                section += 1
            case 1:
                out += "<ul>".utf8
                for _ in 0..<random.int(in: 2...5) {
                    out += "<li>".utf8
                    sentence(&random, words: 8, into: &out)
                    out += "</li>".utf8
                }
                out += "</ul>".utf8
            case 2:
                out += "<ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"language\">".utf8
                out += random.pick(Self.languages)
                out += "</ac:parameter><ac:plain-text-body><![CDATA[".utf8
                for line in 0..<random.int(in: 2...6) {
                    if line > 0 { out.append(UInt8(ascii: "\n")) }
                    out += random.pick(Self.words)
                    out += "_\(line) = ".utf8
                    out += random.pick(Self.words)
                    out += "(\(random.int(in: 1...500)))".utf8
                }
                out += "]]></ac:plain-text-body></ac:structured-macro>".utf8
            case 3:
                let kind = random.pick(Self.panels)
                out += "<ac:structured-macro ac:name=\"".utf8
                out += kind
                out += "\"><ac:rich-text-body><p>".utf8
                sentence(&random, words: 14, into: &out)
                out += "</p></ac:rich-text-body></ac:structured-macro>".utf8
            case 4:
                out += "<table><tbody><tr><th>Item</th><th>Owner</th><th>Status</th></tr>".utf8
                for row in 0..<random.int(in: 2...4) {
                    out += "<tr><td>".utf8
                    sentence(&random, words: 3, into: &out)
                    out += "</td><td>team \(row)</td><td><ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\">".utf8
                    out += random.pick(Self.statuses)
                    out += "</ac:parameter></ac:structured-macro></td></tr>".utf8
                }
                out += "</tbody></table>".utf8
            default:
                out += "<p>".utf8
                sentence(&random, words: random.int(in: 20...60), into: &out)
                out += "</p>".utf8
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private func sentence(_ random: inout SeededRandom, words count: Int, into out: inout [UInt8]) {
        for position in 0..<count {
            if position > 0 { out.append(UInt8(ascii: " ")) }
            let word = Int(random.next() % UInt64(Self.words.count))
            out += position == 0 ? Self.capitalizedWords[word] : Self.words[word]
        }
        out.append(UInt8(ascii: "."))
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
