import StorageFormat
import Testing

/// Hostile shapes of a megabyte render in every format in time that grows with their size, not its
/// square: the sweep that found the quadratic table-row and long-word walks, kept so a new one fails here.
struct ScalingTests {
    /// One shape: a unit of storage format, repeated between an opening and a closing.
    struct Shape: CustomTestStringConvertible, Sendable {
        let name: String
        let open: String
        let unit: String
        let close: String

        var testDescription: String { name }

        /// The shape grown to at least `bytes` bytes.
        func source(bytes: Int) -> String {
            open + String(repeating: unit, count: bytes / max(1, unit.utf8.count) + 1) + close
        }
    }

    static let shapes: [Shape] = [
        Shape(name: "table rows with block cells", open: "<table><tr><th>H</th><th>I</th></tr>",
              unit: "<tr><td><p>a</p><p>b</p></td><td>x</td></tr>", close: "</table>"),
        Shape(name: "one wide table", open: "<table><tr>", unit: "<td>c</td>", close: "</tr></table>"),
        Shape(name: "rowspans", open: "<table>", unit: "<tr><td rowspan=\"99999\">a</td><td>b</td></tr>", close: "</table>"),
        Shape(name: "one long word", open: "<p><strong>b</strong>", unit: "abcdefghij", close: "</p>"),
        Shape(name: "one long wide word", open: "<p>", unit: "漢字한국", close: "</p>"),
        Shape(name: "one long paragraph", open: "<p>", unit: "word ", close: "</p>"),
        Shape(name: "a word of alternating styles", open: "<p>", unit: "<strong>a</strong><em>b</em>", close: "</p>"),
        Shape(name: "list items", open: "<ul>", unit: "<li>item text</li>", close: "</ul>"),
        Shape(name: "nested lists", open: "", unit: "<ul><li>x", close: ""),
        Shape(name: "nested quotes", open: "", unit: "<blockquote>x", close: ""),
        Shape(name: "headings under a table of contents", open: "<ac:structured-macro ac:name=\"toc\"/>",
              unit: "<h2>Heading</h2>", close: ""),
        Shape(name: "layout sections", open: "<ac:layout>",
              unit: "<ac:layout-section ac:type=\"two_equal\"><ac:layout-cell><p>a</p></ac:layout-cell><ac:layout-cell><p>b</p></ac:layout-cell></ac:layout-section>",
              close: "</ac:layout>"),
        Shape(name: "line breaks", open: "<p>", unit: "a<br/>", close: "</p>"),
        Shape(name: "entities", open: "<p>", unit: "&amp;&lt;&#x1F600;&nbsp;", close: "</p>"),
        Shape(name: "attributes", open: "<p", unit: " a=\"v\"", close: ">x</p>"),
        Shape(name: "unclosed inline tags", open: "<p>", unit: "<strong>a", close: ""),
        Shape(name: "split CDATA", open: "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[",
              unit: "]]]]><![CDATA[>", close: "]]></ac:plain-text-body></ac:structured-macro>"),
        Shape(name: "long code lines", open: "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[",
              unit: String(repeating: "x", count: 200) + "\n", close: "]]></ac:plain-text-body></ac:structured-macro>"),
        Shape(name: "emoji sequences", open: "<p>", unit: "👩‍👩‍👧‍👦", close: "</p>"),
        Shape(name: "combining marks", open: "<p>a", unit: "\u{301}", close: "</p>"),
        Shape(name: "unknown macros nested", open: "", unit: "<ac:structured-macro ac:name=\"foo\"><ac:rich-text-body>", close: "x"),
        Shape(name: "status lozenges", open: "<p>",
              unit: "<ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\">OK</ac:parameter></ac:structured-macro>",
              close: "</p>"),
        Shape(name: "tables in a row", open: "", unit: "<table><tr><td><ul><li>a</li></ul></td><td>b</td></tr></table>", close: ""),
    ]

    @Test(arguments: shapes)
    func rendersInLinearTime(_ shape: Shape) {
        let half = Self.renderSeconds(shape.source(bytes: 500_000))
        let full = Self.renderSeconds(shape.source(bytes: 1_000_000))
        // Release builds take well under a second; debug builds only must not go quadratic.
        #expect(full < (_isDebugAssertConfiguration() ? 20 : 2), "\(shape.name): \(full) s of CPU for 1 MB")
        // Twice the input takes about twice the time (up to 2.7 times in debug builds); a quadratic walk, four.
        if full > 0.1 { #expect(full < 3.5 * half, "\(shape.name): \(half) s for 0.5 MB, \(full) s for 1 MB") }
    }

    /// The CPU seconds rendering `source` takes as terminal text at widths 100 and 12, Markdown and plain text.
    private static func renderSeconds(_ source: String) -> Double {
        let document = StorageDocument.parse(source)
        let start = threadCPUSeconds()
        let wide = document.terminalLines(width: 100).count
        let narrow = document.terminalLines(width: 12).count
        let markdown = document.markdown().utf8.count
        let plain = document.plainText().characterCount
        let elapsed = threadCPUSeconds() - start
        #expect(wide > 0 && narrow >= wide && markdown > 0 && plain >= 0)
        return elapsed
    }
}
