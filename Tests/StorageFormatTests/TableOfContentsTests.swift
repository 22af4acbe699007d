import StorageFormat
import Testing

/// The toc macro's heading filters and the toc-zone macro.
struct TableOfContentsTests {
    private func toc(_ parameters: [(String, String)], name: String = "toc", body: String? = nil) -> String {
        let values = parameters.map { "<ac:parameter ac:name=\"\($0.0)\">\($0.1)</ac:parameter>" }.joined()
        let rich = body.map { "<ac:rich-text-body>\($0)</ac:rich-text-body>" } ?? ""
        return "<ac:structured-macro ac:name=\"\(name)\">\(values)\(rich)</ac:structured-macro>"
    }

    private let headings = "<h1>Overview</h1><h1>Overview of X</h1><h2>Details</h2><h1>FAQ</h1>"

    @Test func excludeLeavesOutTheHeadingsItMatches() {
        // As the corpus's pages use it: `exclude` naming a heading.
        let source = toc([("exclude", "Overview")]) + headings
        #expect(plain(source).hasPrefix("Overview of X\n  Details\nFAQ\n\nOverview\n"))
        #expect(markdown(source).hasPrefix("- [Overview of X](#overview-of-x)\n  - [Details](#details)\n- [FAQ](#faq)\n"))
    }

    @Test func includeListsOnlyTheHeadingsItMatches() {
        let source = toc([("include", "Overview.*|FAQ")]) + headings
        #expect(plain(source).hasPrefix("Overview\nOverview of X\nFAQ\n\nOverview\n"))
        let both = toc([("include", "Overview.*"), ("exclude", "(?i)overview")]) + headings
        #expect(plain(both).hasPrefix("Overview of X\n\nOverview\n"))
    }

    @Test func filtersReadTheHeadingText() {
        let source = toc([("exclude", "Install .*")]) + "<h1> Install <strong>now</strong> </h1><h1>Use</h1>"
        #expect(plain(source).hasPrefix("Use\n\n"))
    }

    @Test func aZoneListsTheHeadingsOfItsBody() {
        let zone = toc([], name: "toc-zone", body: "<h2>Zone A</h2><p>z</p><h3>Zone B</h3>")
        let source = "<h1>Before</h1>" + zone + "<h1>After</h1>"
        #expect(plain(source) == "Before\n\nZone A\n  Zone B\n\nZone A\n\nz\n\nZone B\n\nAfter")
        #expect(markdown(source).contains("\n- [Zone A](#zone-a)\n  - [Zone B](#zone-b)\n"))
        #expect(!markdown(source).contains("](#before)"))
    }

    @Test func aZoneAtTheBottomListsAfterItsBody() {
        let zone = toc([("location", "bottom"), ("exclude", "Zone B")], name: "toc-zone", body: "<h2>Zone A</h2><h3>Zone B</h3>")
        #expect(plain("<h1>Before</h1>" + zone) == "Before\n\nZone A\n\nZone B\n\nZone A")
    }

    /// A generated list is parted from a list of the same marker beside it, which it would otherwise continue.
    @Test func markdownPartsATableOfContentsFromListsBesideIt() {
        let zone = toc([("location", "both")], name: "toc-zone", body: "<h2>A</h2><ul><li>x</li></ul>")
        #expect(markdown(zone + "<ul><li>after</li></ul>")
            == "- [A](#a)\n\n## A\n\n- x\n\n<!-- -->\n- [A](#a)\n\n<!-- -->\n- after\n")
    }

    /// An entry and its anchor read a line break in the heading as a space, as the heading's one line does.
    @Test func aHeadingsLineBreakIsASpaceInItsEntry() {
        let source = toc([]) + "<h2>x</br>y</h2>"
        #expect(markdown(source) == "- [x y](#x-y)\n\n## x y\n")
        #expect(plain(source) == "x y\n\nx\ny")
        #expect(markdown(toc([]) + "<h2><a href=\"http://u/\">x<br/>y</a></h2>") == "- [x y](#x-y)\n\n## [x y](http://u/)\n")
    }

    /// In a quote or a panel, lists beside each other are parted as at the top level.
    @Test func markdownPartsListsInAQuote() {
        #expect(markdown("<blockquote><ul><li>a</li></ul>" + toc([]) + "<h2>H</h2></blockquote>")
            == "> - a\n>\n> <!-- -->\n> - [H](#h)\n>\n> ## H\n")
        #expect(markdown("<ul><li>a</li></ul><blockquote><ul><li>b</li></ul></blockquote><ul><li>c</li></ul>")
            == "- a\n\n> - b\n\n- c\n", "a list in a quote continues none outside it")
    }

    @Test func aZoneAtBothEndsListsTwice() {
        let zone = toc([("location", "both")], name: "toc-zone", body: "<h2>A</h2><p>a</p><h2>B</h2>")
        #expect(plain(zone + "<h1>After</h1>") == "A\nB\n\nA\n\na\n\nB\n\nA\nB\n\nAfter")
        #expect(markdown(zone).hasSuffix("## B\n\n- [A](#a)\n- [B](#b)\n"))
    }

    @Test func zonesAndTheDocumentTableListTheirOwnHeadings() {
        let first = toc([], name: "toc-zone", body: "<h2>A</h2>")
        let second = toc([], name: "toc-zone", body: "<h2>B</h2>")
        let source = toc([]) + first + second
        #expect(plain(source) == "A\nB\n\nA\n\nA\n\nB\n\nB")
        // Markdown links a zone's entry to its heading's anchor in the whole document.
        let repeated = "<h2>A</h2>" + toc([], name: "toc-zone", body: "<h2>A</h2>")
        #expect(markdown(repeated).contains("- [A](#a-1)"))
    }

    /// A zone inside another lists its own headings, and the outer one lists them too; past four levels of nesting a
    /// zone shows its marker, so nesting cannot make the parse count headings again and again.
    @Test func aZoneInsideAZoneListsItsOwnHeadings() {
        let inner = toc([], name: "toc-zone", body: "<h3>Inner</h3>")
        let outer = toc([], name: "toc-zone", body: "<h2>Outer</h2>" + inner)
        #expect(plain(outer) == "Outer\n  Inner\n\nOuter\n\nInner\n\nInner")
        let deep = (1...5).reduce("<h2>H</h2>") { body, _ in toc([], name: "toc-zone", body: body) }
        #expect(plain(deep) == "H\n\nH\n\nH\n\nH\n\n[toc]\n\nH")
    }

    /// A table of contents in a table cell (a page laid out with a table) lists the document's headings, its column
    /// widened to hold them; a zone there, whose headings a table holds, shows its marker, and zones after keep theirs.
    @Test func aTableOfContentsInATableCellListsTheDocumentsHeadings() {
        let inCell = "<table><tr><td>" + toc([], name: "toc-zone", body: "<h2>T1</h2>") + "</td><td>" + toc([]) + "</td></tr></table>"
        let after = "<h1>Overview</h1>" + toc([], name: "toc-zone", body: "<h2>After</h2>")
        let lines = terminal(inCell + after, width: 50)
        #expect(Array(lines.prefix(5)) == ["┌───────┬────────────┐",
                                           "│ [toc] │ • Overview │",
                                           "│       │   ◦ After  │",
                                           "│ T1    │            │",
                                           "│ ──    │            │"], "\(lines)")
        #expect(Array(lines.drop { !$0.hasPrefix("└") }.dropFirst()) == ["", "Overview", "════════", "", "• After", "", "After",
                                                                         "─────"], "the zone after the table lists its own")
        #expect(plain(inCell + after).hasPrefix("[toc]\n\nT1\nOverview\n  After\n"), "\(plain(inCell + after))")
        #expect(plain(inCell + after).hasSuffix("After\n\nAfter"))
        #expect(markdown(inCell + after).contains("- [Overview](#overview)\n  - [After](#after)\n\n</td>"))
        #expect(markdown(inCell + after).contains("- [After](#after)\n\n## After"))
    }

    /// GitHub anchors a heading Markdown writes in a table cell too, so a repeated name is numbered counting it.
    @Test func markdownAnchorsCountHeadingsInTableCells() {
        let source = toc([]) + "<table><tr><td><h2>A</h2></td></tr></table><h2>A</h2><ul><li><h2>A</h2></li></ul><h2>A</h2>"
        #expect(markdown(source).hasPrefix("- [A](#a-1)\n- [A](#a-2)\n- [A](#a-3)\n"))
        let zone = "<table><tr><td><h2>A</h2></td></tr></table>" + toc([], name: "toc-zone", body: "<h2>A</h2>")
        #expect(markdown(zone).contains("- [A](#a-1)"))
    }

    /// Entries are a bulleted list, so an entry's wrapped line is not read as a sibling.
    @Test func terminalEntriesAreBulletedAndIndentedByLevel() {
        let source = toc([]) + "<h1>One</h1><h2>Two, a heading long enough to wrap</h2><h3>Three</h3><h2>Four</h2>"
        #expect(Array(terminal(source, width: 30).prefix(5)) == ["• One", "  ◦ Two, a heading long enough", "    to wrap", "    ▪ Three", "  ◦ Four"])
        #expect(Array(terminal(source, width: 30, options: RenderOptions(asciiBorders: true)).prefix(2)) == ["* One", "  - Two, a heading long enough"])
    }

    /// An image adds no text to a rendered heading, so GitHub's anchor and the entry's label leave it out.
    @Test func markdownEntriesLeaveHeadingImagesOut() {
        let source = toc([]) + "<h2><ac:image ac:alt=\"logo\"><ri:attachment ri:filename=\"logo.png\"/></ac:image> Welcome</h2>"
        #expect(markdown(source).hasPrefix("- [Welcome](#-welcome)\n"))
    }

    /// A level the width has no room to indent keeps the deepest indent that fits, so a deep entry never reads as a
    /// shallower one's parent.
    @Test func deepEntriesKeepTheDeepestIndentThatFits() {
        let source = toc([]) + "<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h5>E</h5><h2>F</h2>"
        #expect(Array(terminal(source, width: 10).prefix(6)) == ["• A", "  ◦ B", "    ▪ C", "    • D", "    ◦ E", "  ◦ F"])
    }
}
