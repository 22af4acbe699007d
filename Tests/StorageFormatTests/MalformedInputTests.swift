import Testing
import TestSupport
@testable import StorageFormat

/// Bad input never crashes and yields a best-effort document.
struct MalformedInputTests {
    @Test func aLeadingByteOrderMarkIsNoContent() {
        #expect(StorageDocument.parse([0xEF, 0xBB, 0xBF] + Array("<p>bom</p>".utf8)).plainText().text == "bom")
        #expect(StorageDocument.parse("\u{FEFF}<p>bom</p>").plainText().text == "bom")
    }

    @Test func invalidUTF8BecomesReplacementCharacters() {
        let bytes: [UInt8] = Array("<p>".utf8) + [0xFF, 0x61, 0xE2, 0x82] + Array("</p>".utf8)
        #expect(StorageDocument.parse(bytes).plainText().text == "\u{FFFD}a\u{FFFD}")
    }

    @Test func rawControlCharactersAreDropped() {
        #expect(plain("<p>a\u{2}b\u{1B}[31mc\u{7F}d\u{85}e</p>") == "abcde", "an escape sequence goes whole")
        let sequences = "<p>esc \u{1B}[41mBG\u{1B}[0m osc \u{1B}]52;c;cHduZWQ=\u{7}copied \u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\"
            + " \u{1B}(0two \u{1B}]0;open</p>"
        #expect(plain(sequences) == "esc BG osc copied link two 0;open", "an OSC with no terminator loses its introducer alone")
        #expect(plain("<p>line\u{2028}separator</p>") == "line\nseparator", "as the reference &#x2028; breaks it")
        #expect(plain("<p>line\u{2028}separator</p>") == plain("<p>line&#x2028;separator</p>"))
        #expect(plain("<p>a \u{2029} b</p>") == plain("<p>a &#x2029; b</p>"))
        #expect(terminal("<h2>line\u{2028}separator</h2>", width: 40).prefix(2) == ["line", "separator"], "a break, never a raw LF")
        #expect(terminal("<p>a&#x2028;b</p>") == terminal("<p>a<br/>b</p>"))
        #expect(plain("<p>&#2;&#x1B;x</p>") == "x")
    }

    @Test func truncatedTagsAreDropped() {
        #expect(plain("<p>Hello <strong>wor") == "Hello wor")
        #expect(plain("<p>Hi <a href=\"x") == "Hi")
        #expect(plain("<p>x</p><") == "x\n\n<")
        #expect(plain("<p>a <!-- never closed") == "a")
        #expect(plain("<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[open") == "open")
    }

    /// A link, emoticon, placeholder, mark or comment marker left open sits in its text as formatting does: the end of
    /// the heading, item, quote or paragraph around it closes it, and nothing after it is swallowed or dropped.
    @Test func anInlineConfluenceElementLeftOpenEndsWithTheBlockAroundIt() {
        #expect(plain("<h1>A<ac:inline-comment-marker>B</h1><h1>C</h1>") == "AB\n\nC", "two headings, not one")
        #expect(markdown("<h1>A<ac:inline-comment-marker>B</h1><h1>C</h1>") == "# AB\n\n# C\n")
        #expect(plain("<h1><b>A<ac:inline-comment-marker>B</b></h1><p>C</p><h1>D</h1>") == "AB\n\nC\n\nD", "in order")
        #expect(terminal("<ul><li>a<ac:emoticon ac:name=\"smile\">b</li><li>c</li></ul><p>e</p>", width: 40)
            == ["• a🙂b", "• c", "", "e"])
        #expect(markdown("<ul><li>a<ac:link>b</li><li>c</li></ul><p>e</p>") == "- ab\n- c\n\ne\n")
        #expect(terminal("<blockquote>q <ac:inline-comment-marker ac:ref=\"1\">m</blockquote><p>after</p>", width: 40)
            == ["│ q m", "", "after"])
        // What is not shown (a placeholder's prompt, an ADF mark) is skipped to its block's end, not to the page's.
        #expect(plain("<p>a <ac:placeholder>type here</p><p>next</p><h2>head</h2>") == "a\n\nnext\n\nhead")
        #expect(plain("<p>a <ac:adf-mark key=\"border\"></p><p>next</p>") == "a\n\nnext")
        #expect(plain("<ul><li>a <ac:placeholder>x</li><li>b</li></ul>") == "- a\n- b")
    }

    /// A comment marker crossing the end of a style leaves the style where its tags put it, as a span would.
    @Test func aCommentMarkerAcrossAStylesEndKeepsTheStyleInside() {
        #expect(markdown("<p><strong>A<ac:inline-comment-marker ac:ref=\"1\">B</strong> C</ac:inline-comment-marker> D</p>")
            == "**AB** C D\n")
        #expect(markdown("<p><em>a<ac:inline-comment-marker ac:ref=\"2\">b</em> c</p><p>next</p>") == "*ab* c\n\nnext\n")
        #expect(markdown("<p><strong>A<ac:inline-comment-marker ac:ref=\"1\">B</strong> C</ac:inline-comment-marker> D</p>")
            == markdown("<p><strong>A<span>B</strong> C</span> D</p>"))
    }

    /// A stray `</p>` in a macro body ends the paragraph around the macro, and the body with it: every word stays, in order.
    @Test func aStrayEndTagInAMacroBodyKeepsEveryWordInOrder() {
        let body = "<p>before <ac:structured-macro ac:name=\"info\"><ac:rich-text-body>inside</p> still</ac:rich-text-body>"
            + "</ac:structured-macro> after</p>"
        #expect(plain(body) == "before\n\nInfo\n  inside\n\nstill after")
    }

    /// A macro left unclosed ends with the paragraph or item around it, or where the next block starts, rather than taking
    /// in (or, for a macro that shows only its parameters, dropping) the rest of the page.
    @Test func anUnclosedMacroEndsWithItsParagraphOrTheNextBlock() {
        let status = "<p>Intro <ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\">DONE</ac:parameter></p>"
            + "<h1>Important</h1><p>Kept.</p>"
        #expect(plain(status) == "Intro [DONE]\n\nImportant\n\nKept.")
        let anchor = "<ac:structured-macro ac:name=\"anchor\"><ac:parameter ac:name=\"\">top</ac:parameter><h1>Title</h1><p>Body.</p>"
        #expect(plain(anchor) == "Title\n\nBody.")
        let parameter = "<p><ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\">OK</p><p>Next.</p>"
        #expect(plain(parameter) == "[OK]\n\nNext.")
        let note = "<ul><li><ac:structured-macro ac:name=\"note\"><ac:rich-text-body>note</li><li>second</li></ul><p>after</p>"
        #expect(markdown(note) == "- > **Note:**\n  >\n  > note\n- second\n\nafter\n")
        let caption = "<p>See <ac:image><ri:attachment ri:filename=\"a.png\"/><ac:caption>Figure 1</p><p>Next.</p>"
        #expect(plain(caption) == "See [image: a.png] Figure 1\n\nNext.")
    }

    /// As in HTML, a heading's start ends an open heading, and blocks inside a heading read after it in order.
    @Test func headingsLeftOpenOrHoldingBlocksKeepTheirLevelAndOrder() {
        #expect(markdown("<h3>A<table><tr><td>cell</td></tr></table><h3>B</h3>") == "### A\n\n|  |\n| --- |\n| cell |\n\n### B\n")
        #expect(markdown("<h2>A<p>a text</p><h2>B</h2><p>b text</p>") == "## A\n\na text\n\n## B\n\nb text\n")
        #expect(markdown("<h1>Title<p>inner</p></h1><h2><p>Lead</p></h2><h2><p>x</p>tail</h2>")
            == "# Title\n\ninner\n\n## Lead\n\n## x\n\ntail\n")
    }

    @Test func misnestedTagsRecover() {
        // As in HTML, a style closed early by a misnested end tag goes on after it; a block's end closes what it holds.
        #expect(parse("<p><b><i>x</b>y</i>z</p>").blocks
            == [.paragraph([.text("x", [.strong, .emphasis]), .text("y", [.emphasis]), .text("z", [])])])
        #expect(parse("<p><b><a href=\"u\"><i>x</b>y</a></p>").blocks.first
            == .paragraph([.link(Link(target: .url("u"), body: [.text("x", [.strong, .emphasis])], style: [.strong])),
                           .text("y", [.emphasis])]))
        #expect(parse("<p><b>x</p><p>y</b></p>").blocks == [.paragraph([.text("x", [.strong])]), .paragraph([.text("y", [])])])
    }

    @Test func endBrIsALineBreakAndShortCommentsEnd() {
        #expect(plain("<p>a</br>b</p>") == "a\nb")
        #expect(plain("<p>a<!-->b<!--->c<!-- x --!>d<!-- - -- -->e</p>") == "abcde")
    }

    @Test func referencesWithoutTheirSemicolonReadAsInHTML() {
        // The longest legacy name a reference starts with is read; in an attribute value, not before a letter, digit or `=`.
        #expect(plain("<p>&notit; &copy2 &ampx &amp;&lt</p>") == "¬it; ©2 &x &<")
        let link = parse("<p><a href=\"?a=1&copy=2&not3&amp&lt&gt.\">l</a></p>").blocks.first
        #expect(link == .paragraph([.link(Link(target: .url("?a=1&copy=2&not3&<>."), body: [.text("l", [])]))]))
    }

    @Test func impliedEndsFollowHTML() {
        #expect(plain("<ul><li>a<li>b</ul>") == "- a\n- b")
        #expect(plain("<p>a<p>b") == "a\n\nb")
        #expect(plain("<table><tr><td>1<td>2<tr><td>3</table>") == "1 | 2\n3")
        #expect(plain("<div><p>a</div>b") == "a\n\nb")
    }

    @Test func strayEndTagsAreIgnored() {
        #expect(plain("</p></div><p>a</span></p></li>") == "a")
    }

    @Test func listStartsBeyondABillionAreClamped() {
        #expect(plain("<ol start=\"9223372036854775807\"><li>a</li><li>b</li></ol>") == "1000000000. a\n1000000001. b")
        #expect(plain("<ol start=\"-3\"><li>a</li><li>b</li></ol>") == "-3. a\n-2. b")
        // Markdown reads nine digits at most, and no sign: the numbers stay in range, and the items in one list.
        #expect(markdown("<ol start=\"999999999\"><li>a</li><li>b</li></ol>") == "999999999. a\n999999999. b\n")
        #expect(markdown("<ol start=\"-3\"><li>a</li><li>b</li></ol>") == "0. a\n0. b\n")
    }

    @Test func unquotedAttributes() {
        #expect(plain("<ol start=5><li>x</ol>") == "5. x")
        guard case .table(let table) = parse("<table><tr><td colspan=2>x</td></tr></table>").blocks.first else {
            Issue.record("expected a table")
            return
        }
        #expect(table.rows[0].cells[0].columnSpan == 2)
    }

    @Test func literalLessThanIsText() {
        #expect(plain("<p>a < b and 3<4</p>") == "a < b and 3<4")
    }

    @Test func deepNestingIsLinearAndSafe() {
        let depth = 100_000
        let divs = String(repeating: "<div>", count: depth) + "x" + String(repeating: "</div>", count: depth)
        #expect(plain(divs) == "x")
        let lists = String(repeating: "<ul><li>", count: depth) + "deep" + String(repeating: "</li></ul>", count: depth)
        #expect(plain(lists).hasSuffix("deep"))
        let quotes = String(repeating: "<blockquote>", count: depth) + "q"
        #expect(plain(quotes).hasSuffix("q"))
        let macros = String(repeating: "<ac:structured-macro ac:name=\"info\"><ac:rich-text-body>", count: depth)
            + "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[  code at depth]]></ac:plain-text-body></ac:structured-macro>"
        let text = plain(macros)
        #expect(text.hasSuffix("  code at depth"))
        let tables = String(repeating: "<table><tr><td>", count: depth) + "cell"
        #expect(!terminal(tables, width: 80).isEmpty)
        let spans = String(repeating: "<span><strong>", count: depth) + "s" + String(repeating: "</em>", count: depth)
        #expect(plain(spans) == "s")
        let links = String(repeating: "<a href=\"u\">", count: depth) + "l"
        #expect(plain(links) == "l")
    }

    @Test func unmatchedEndTagsStayLinear() {
        let depth = 50_000
        let source = "<td>" + String(repeating: "<span>", count: depth) + String(repeating: "</div>", count: depth)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = parse(source) }
        #expect(elapsed < .seconds(_isDebugAssertConfiguration() ? 20 : 1))
    }

    @Test func aQuoteThatNeverClosesEndsAtItsTagAndLosesNothingAfter() {
        #expect(plain("<p attr=\"unterminated>text</p><p>second</p>") == "text\n\nsecond")
        #expect(plain("<p a='x>one</p>") == "one")
        #expect(plain("<p a=\"x") == "")  // no `>` left: the tag is cut off by the end
        // A later quote closes the value, as in HTML: the tags between are part of it.
        #expect(plain("<p a=\"x>one</p><p b=\"y\">two</p>") == "two")
    }

    @Test func aDoctypeWithAnInternalSubsetIsSkippedWhole() {
        let doctype = "<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;\">]>"
        #expect(plain(doctype + "<p>&b;</p>") == "&b;")  // never expanded, and none of the subset shows
        #expect(plain("<!DOCTYPE html><p>x</p>") == "x")
        #expect(plain("<!DOCTYPE x [<!ENTITY a \"a\"><p>unclosed subset</p>") == "unclosed subset")
    }

    @Test func hugeSpansAreBounded() {
        let source = "<table><tr><td colspan=\"99999\" rowspan=\"99999\">x</td></tr></table>"
        #expect(terminal(source, width: 40).count < 10)
    }

    @Test func rowWiderThanTheGridKeepsEveryCell() {
        let cells = (0..<200).map { "<td>c\($0)</td>" }.joined()
        let document = StorageDocument.parse("<table><tr>\(cells)</tr><tr><td>below</td></tr></table>")
        let text = document.terminalLines(width: 100).map(\.text).joined(separator: "\n")
        for output in [text, document.markdown(), document.plainText().text] {
            #expect(output.contains("c127") && output.contains("c128") && output.contains("c199") && output.contains("below"))
        }
    }

    @Test func tenMegabyteBodyRendersQuickly() async {
        let unit = "<h2>Section</h2><p>Some <strong>bold</strong> text with a <ac:link><ri:page ri:content-title=\"Page\" /></ac:link> and more words to wrap around.</p><ul><li>item one</li><li>item two</li></ul><table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>"
        let source = String(repeating: unit, count: 10_000_000 / unit.utf8.count + 1)
        // Seconds of CPU in a debug build: on a thread of its own, so the cooperative threads stay free.
        let (lines, elapsed) = await onOwnThread {
            let start = threadCPUSeconds()
            let lines = StorageDocument.parse(source).terminalLines(width: 100).count
            return (lines, threadCPUSeconds() - start)
        }
        #expect(lines > 100_000)
        // Release builds must stay well under a second of CPU; debug builds only must not go quadratic.
        #expect(elapsed < (_isDebugAssertConfiguration() ? 60 : 1), "10 MB took \(elapsed) s of CPU")
    }

    @Test func wordOfManyLinesWrapsInLinearTime() {
        // A bold start, then 2 MB of one text with no space: splitting it used to move the rest of it at every line.
        let tail = String(repeating: "abcdefghij", count: 200_000)
        let document = StorageDocument.parse("<p><strong>klmnopqrst</strong>" + tail + "</p>")
        let start = threadCPUSeconds()
        let lines = document.terminalLines(width: 12)
        let elapsed = threadCPUSeconds() - start
        #expect(lines.count == (2_000_010 + 11) / 12)
        #expect(lines.allSatisfy { $0.width <= 12 })
        #expect(lines.map(\.text).joined() == "klmnopqrst" + tail)
        #expect(lines[0].runs.map(\.style.attributes) == [[.bold], []])
        #expect(elapsed < (_isDebugAssertConfiguration() ? 15 : 1), "a 2 MB word took \(elapsed) s of CPU")
    }

    @Test func tableOfManyRowsRendersInLinearTime() {
        // Block content in a cell sends Markdown to an HTML table and plain text to records; 12 columns
        // send terminal text to records too. Walking each row's cells by searching every cell was quadratic.
        let row = "<tr><td><p>a</p><p>b</p></td><td>x</td><td>y</td></tr>"
        let source = "<table><tr><th>H</th><th>I</th><th>J</th></tr>" + String(repeating: row, count: 20_000) + "</table>"
        let document = StorageDocument.parse(source)
        let start = threadCPUSeconds()
        let markdown = document.markdown()
        let plain = document.plainText().text
        let records = document.terminalLines(width: 12)
        let elapsed = threadCPUSeconds() - start
        #expect(markdown.split(separator: "\n").count { $0.hasPrefix("<tr>") } == 20_001)
        #expect(plain.split(separator: "\n").count { $0 == "J: y" } == 20_000)
        #expect(records.count > 100_000)
        #expect(elapsed < (_isDebugAssertConfiguration() ? 20 : 1), "20,000 rows took \(elapsed) s of CPU")
    }
}
