import StorageFormat
import Testing
import TestSupport

/// Hostile shapes of a megabyte render in every format in time that grows with their size, not its
/// square: the sweep that found the quadratic table-row and long-word walks, kept so a new one fails here.
/// One shape at a time, each on a thread of its own: minutes of CPU in all, which must not hold the
/// cooperative threads other suites' async tests wait for.
@Suite(.serialized)
struct ScalingTests {
    /// One shape: a unit of storage format, repeated between an opening and a closing, then another unit repeated
    /// as often after them.
    struct Shape: CustomTestStringConvertible, Sendable {
        let name: String
        let open: String
        let unit: String
        let close: String
        let after: String

        init(_ name: String, open: String = "", unit: String, close: String = "", after: String = "") {
            (self.name, self.open, self.unit, self.close, self.after) = (name, open, unit, close, after)
        }

        /// `unit` repeated inside one paragraph.
        static func paragraph(_ name: String, _ unit: String) -> Shape {
            Shape(name, open: "<p>", unit: unit, close: "</p>")
        }

        var testDescription: String { name }

        /// The shape grown to at least `bytes` bytes.
        func source(bytes: Int) -> String {
            let count = bytes / max(1, unit.utf8.count + after.utf8.count) + 1
            return open + String(repeating: unit, count: count) + close + String(repeating: after, count: count)
        }
    }

    static let shapes: [Shape] = [
        Shape("table rows with block cells", open: "<table><tr><th>H</th><th>I</th></tr>",
              unit: "<tr><td><p>a</p><p>b</p></td><td>x</td></tr>", close: "</table>"),
        Shape("one wide table", open: "<table><tr>", unit: "<td>c</td>", close: "</tr></table>"),
        Shape("rowspans", open: "<table>", unit: "<tr><td rowspan=\"99999\">a</td><td>b</td></tr>", close: "</table>"),
        Shape("tables in a row", unit: "<table><tr><td><ul><li>a</li></ul></td><td>b</td></tr></table>"),
        Shape("nested tables with panels", unit: String(repeating: "<table><tr><td><ac:structured-macro ac:name=\"info\"><ac:rich-text-body><p>a b</p>", count: 8)
              + String(repeating: "</ac:rich-text-body></ac:structured-macro></td><td>x</td></tr></table>", count: 8)),
        Shape("declarations", unit: "<!x><p>a</p>"),
        Shape("a large cell spanning many small rows", open: "<table><tr><td rowspan=\"99999\">" + String(repeating: "word ", count: 20_000)
              + "</td><td>x</td></tr>", unit: "<tr><td>x</td></tr>", close: "</table>"),
        Shape("one long word", open: "<p><strong>b</strong>", unit: "abcdefghij", close: "</p>"),
        .paragraph("one long wide word", "漢字한국"),
        .paragraph("one long run of ideographs", "日本語"),
        .paragraph("one long paragraph", "word "),
        .paragraph("a word of alternating styles", "<strong>a</strong><em>b</em>"),
        .paragraph("a word of emphasised letters", "<em>x</em>y"),
        .paragraph("a word of emphasised letters and dots", "<em>x</em>."),
        .paragraph("misnested styles", "<b><i>x</b>y</i>"),
        .paragraph("line breaks", "a<br/>"),
        .paragraph("entities", "&amp;&lt;&#x1F600;&nbsp;"),
        .paragraph("emoji sequences", "👩‍👩‍👧‍👦"),
        Shape("combining marks", open: "<p>a", unit: "\u{301}", close: "</p>"),
        .paragraph("status lozenges",
                   "<ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\">OK</ac:parameter></ac:structured-macro>"),
        Shape("unclosed inline tags", open: "<p>", unit: "<strong>a"),
        Shape("attributes", open: "<p", unit: " a=\"v\"", close: ">x</p>"),
        Shape("list items", open: "<ul>", unit: "<li>item text</li>", close: "</ul>"),
        Shape("nested lists", unit: "<ul><li>x"),
        Shape("lists directly inside lists", unit: "<ul><li>x</li>"),
        Shape("lists closed directly inside lists", open: "<ul><li>x</li>", unit: "<ul><li>y</li></ul>", close: "</ul>"),
        Shape("nested quotes", unit: "<blockquote>x"),
        Shape("unknown macros nested", unit: "<ac:structured-macro ac:name=\"foo\"><ac:rich-text-body>", close: "x"),
        Shape("headings under a table of contents", open: "<ac:structured-macro ac:name=\"toc\"/>", unit: "<h2>Heading</h2>"),
        Shape("tables of contents in table cells, then headings", open: "<table>",
              unit: "<tr><td><ac:structured-macro ac:name=\"toc\"/></td></tr>", close: "</table>", after: "<h2>Heading</h2>"),
        Shape("a table of contents with every heading", unit: "<ac:structured-macro ac:name=\"toc\"/><h2>Heading</h2>"),
        Shape("headings under a filtered table of contents",
              open: "<ac:structured-macro ac:name=\"toc\"><ac:parameter ac:name=\"exclude\">(a*)*b|(a|aa)+c</ac:parameter></ac:structured-macro>",
              unit: "<h2>" + String(repeating: "a", count: 40) + "</h2>"),
        Shape("nested table-of-contents zones",
              unit: "<ac:structured-macro ac:name=\"toc-zone\"><ac:rich-text-body><h2>Heading</h2>"),
        Shape("table-of-contents zones in a row",
              unit: "<ac:structured-macro ac:name=\"toc-zone\"><ac:rich-text-body><h2>A</h2><h3>B</h3></ac:rich-text-body></ac:structured-macro>"),
        Shape("layout sections", open: "<ac:layout>",
              unit: "<ac:layout-section ac:type=\"two_equal\"><ac:layout-cell><p>a</p></ac:layout-cell><ac:layout-cell><p>b</p></ac:layout-cell></ac:layout-section>",
              close: "</ac:layout>"),
        Shape("split CDATA", open: Self.codeOpen, unit: "]]]]><![CDATA[>", close: Self.codeClose),
        Shape("long code lines", open: Self.codeOpen, unit: String(repeating: "x", count: 200) + "\n", close: Self.codeClose),
    ]

    /// A code macro's opening up to its CDATA text, and its closing after it.
    private static let codeOpen = "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA["
    private static let codeClose = "]]></ac:plain-text-body></ac:structured-macro>"

    @Test(arguments: shapes)
    func rendersInLinearTime(_ shape: Shape) async {
        let (quarter, full) = await onOwnThread {
            (Self.renderSeconds(shape.source(bytes: 250_000)), Self.renderSeconds(shape.source(bytes: 1_000_000)))
        }
        // Release builds take well under a second; debug builds only must not go quadratic.
        #expect(full < (_isDebugAssertConfiguration() ? 20 : 2), "\(shape.name): \(full) s of CPU for 1 MB")
        // Four times the input takes about four times the time (up to about six in debug
        // builds); a quadratic walk, sixteen.
        if full > 0.1 { #expect(full < 9 * quarter, "\(shape.name): \(quarter) s for 0.25 MB, \(full) s for 1 MB") }
    }

    /// The CPU seconds rendering `source` takes as terminal text at widths 100 and 12, Markdown and plain text.
    private static func renderSeconds(_ source: String) -> Double {
        let start = threadCPUSeconds()
        let document = StorageDocument.parse(source)
        let wide = document.terminalLines(width: 100).count
        let narrow = document.terminalLines(width: 12).count
        let markdown = document.markdown().utf8.count
        let plain = document.plainText().characterCount
        let elapsed = threadCPUSeconds() - start
        #expect(wide > 0 && narrow >= wide && markdown > 0 && plain >= 0)
        return elapsed
    }
}
