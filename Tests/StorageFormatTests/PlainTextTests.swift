import Testing
@testable import StorageFormat

/// Plain text for ingestion previews and its counts.
struct PlainTextTests {
    /// Soft hyphens and zero-width spaces say where a line may break: plain text, never laid out, drops them so the
    /// words a search reads are whole (code keeps its text exactly).
    @Test func breakHintsAreDropped() {
        #expect(plain("<p>Donau&shy;dampf end&#x200B;x \u{AD}</p>") == "Donaudampf endx")
        #expect(plain("<table><tr><th>Na&shy;me</th></tr><tr><td>a&#8203;b</td></tr></table>") == "Name\nab")
        let code = "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[a\u{AD}b]]></ac:plain-text-body></ac:structured-macro>"
        #expect(plain(code) == "a\u{AD}b")
        #expect(plain("<p>a<code>x\u{AD}y</code></p>") == "ax\u{AD}y", "inline code too")
        #expect(plain("<p>a &shy; b &#x200B;&shy; c</p>") == "a b c", "a hint between spaces leaves one")
        #expect(plain("<p>a&#x2060;b&#xFEFF;c</p>") == "abc", "word joiners and zero-width no-break spaces")
    }

    @Test func emptyBlocksLeaveOneBlankLineAndLinesLoseTrailingNoBreakSpaces() {
        let body = "<p>a</p><hr/><p>b</p><p><a href=\"\"></a></p><p>c</p>"
            + "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[]]></ac:plain-text-body></ac:structured-macro>"
            + "<p>d&#160;</p><p>&#160;</p><p>e</p>"
        #expect(StorageDocument.parse(body).plainText().text == "a\n\nb\n\nc\n\nd\n\ne")
    }

    /// An item holding only a spacer paragraph is no item, as an empty one is; an empty task keeps its check.
    @Test func anItemOfNoBreakSpacesIsDroppedAsAnEmptyOneIs() {
        #expect(plain("<ul><li>&nbsp;</li><li><p>&#160;</p></li><li>c</li><li></li></ul>") == "- c")
        #expect(plain("<p>a</p><p>&nbsp;<br/>&nbsp;</p><p>b</p>") == "a\n\nb")
    }

    @Test func aLinkInAnImageCaptionShowsItsText() {
        let body = "<p><ac:image><ri:attachment ri:filename=\"a.png\"/><ac:caption><p>see <a href=\"http://x.com/y\">the docs</a></p>"
            + "</ac:caption></ac:image></p>"
        #expect(StorageDocument.parse(body).plainText().text == "[image: a.png] see the docs", "not the URL")
    }

    @Test func countsCharactersAndEstimatesTokens() {
        let plainText = parse("<h1>Hello</h1><p>world, 한국어!</p>").plainText()
        #expect(plainText.text == "Hello\n\nworld, 한국어!")
        #expect(plainText.characterCount == 18)
        // "Hello" 2 + "world" 2 + "," 1 + 3 Hangul + "!" 1
        #expect(plainText.estimatedTokenCount == 9)
    }

    @Test func tokenEstimateBasis() {
        #expect(TokenEstimator.estimate("") == 0)
        #expect(TokenEstimator.estimate("abcd efgh") == 2)
        #expect(TokenEstimator.estimate("abcde") == 2)
        #expect(TokenEstimator.estimate("a.b") == 3)
        #expect(TokenEstimator.estimate("中文") == 2)
        // No-break, ideographic, typographic and line-separating spaces are white space, free as a space is, wherever
        // they fall among the eight-byte windows; a zero-width space or a curly quote is a mark.
        for prefix in ["", "x", "xxxxxxx"] {
            #expect(TokenEstimator.estimate(prefix + "a\u{A0}\u{A0}\u{3000}\u{2009}\u{202F}\u{205F}\u{2028}b") == TokenEstimator.estimate(prefix + "a b"))
        }
        #expect(TokenEstimator.estimate("a\u{200B}b\u{201C}") == 4)
    }

    @Test func aBarInACellIsEscapedSoTheColumnsReadApart() {
        #expect(plain("<table><tr><th>Operator</th><th>a | b</th></tr><tr><td>or</td><td>x|y</td></tr></table>")
                == "Operator | a \\| b\nor | x\\|y")
        // A cell alone on its line has no column to be told apart from.
        #expect(plain("<table><tr><th>Cmd</th></tr><tr><td>a|b</td></tr></table>") == "Cmd\na|b")
    }

    @Test func complexTablesBecomeRecords() {
        let source = "<table><tr><th>Name</th><th>Steps</th></tr><tr><td>Setup</td><td><ol><li>one</li><li>two</li></ol></td></tr></table>"
        // The header row labels the records; it is not written again above them.
        #expect(plain(source) == "Name: Setup\nSteps:\n  1. one\n  2. two")
        // Without a header row no label is made up: the cells are written as they are, and a row led by a header cell (a
        // key) labels the rest of its row with it.
        #expect(plain("<table><tr><td>a<ul><li>x</li></ul></td><td>b</td></tr></table>") == "a\n\n- x\nb")
        #expect(plain("<table><tr><th>Key</th><td><p>para a</p><p>para b</p></td></tr><tr><th>Other</th><td>one</td></tr></table>")
                == "Key:\n  para a\n\n  para b\n\nOther: one")
    }

    /// Each value stays under its header: a cell spanning rows shows in every row, one spanning columns in each column,
    /// but one spanning the whole row once.
    @Test func spanningCellsShowInEveryRowAndColumnTheyCover() {
        let source = "<table><tr><th>Plan</th><th>Req</th><th>Burst</th><th>Creates</th></tr>"
            + "<tr><td>Starter</td><td>600</td><td>60</td><td rowspan=\"2\">60</td></tr><tr><td>Growth</td><td>3,000</td><td>300</td></tr>"
            + "<tr><td>Enterprise</td><td colspan=\"2\">negotiated</td><td>600</td></tr></table>"
        #expect(plain(source) == """
            Plan | Req | Burst | Creates
            Starter | 600 | 60 | 60
            Growth | 3,000 | 300 | 60
            Enterprise | negotiated | negotiated | 600
            """)
        let records = "<table><tr><th>Plan</th><th>Req</th><th>Burst</th></tr><tr><td rowspan=\"2\"><p>Pro</p><p>plan</p></td>"
            + "<td colspan=\"2\">none</td></tr><tr><td>1</td><td>2</td></tr></table>"
        #expect(plain(records) == "Plan:\n  Pro\n\n  plan\nReq, Burst: none\n\nPlan:\n  Pro\n\n  plan\nReq: 1\nBurst: 2")
        // A title across the whole table is written once, not once per column.
        #expect(plain("<table><tr><th colspan=\"3\">Release 2.0</th></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>")
                == "Release 2.0\na | b | c")
    }

    /// A title row (one header cell across the table) names the rows below it: it labels no column, and the header row
    /// under it does.
    @Test func aTitleRowLabelsNoColumn() {
        let sections = "<table><tr><th>Name</th><th>Owner</th></tr><tr><th colspan=\"2\">Backend</th></tr><tr><td><p>api</p><ul><li>v2</li></ul>"
            + "</td><td>team a</td></tr><tr><th colspan=\"2\">Frontend</th></tr><tr><td>web</td><td>team b</td></tr></table>"
        #expect(plain(sections) == "Backend\n\nName:\n  api\n\n  - v2\nOwner: team a\n\nFrontend\n\nName: web\nOwner: team b")
        #expect(terminal(sections, width: 12).filter { $0.hasSuffix(":") } == ["Name:", "Owner:", "Name:", "Owner:"])
        let titled = "<table><tr><th colspan=\"2\">Release checklist</th></tr><tr><th>Step</th><th>Owner</th></tr>"
            + "<tr><td><p>Build</p><ul><li>x</li></ul></td><td>me</td></tr></table>"
        #expect(plain(titled) == "Release checklist\n\nStep:\n  Build\n\n  - x\nOwner: me")
    }

    /// A header cell's panel gives its label its title, as text and Markdown show it.
    @Test func aPanelInAHeaderCellLabelsWithItsTitle() {
        let source = "<table><tr><th><ac:structured-macro ac:name=\"warning\"><ac:parameter ac:name=\"title\">Do not deploy on Fridays"
            + "</ac:parameter><ac:rich-text-body><p>details</p></ac:rich-text-body></ac:structured-macro></th><td><ul><li>value</li></ul></td></tr></table>"
        #expect(plain(source) == "Do not deploy on Fridays details: - value")
    }

    /// A header row below the first rows (a section's title) is kept in records, as a line of its own.
    @Test func aHeaderRowFurtherDownIsKeptInRecords() {
        let source = "<table><tr><th>A</th><th>B</th></tr><tr><td><p>x</p><p>y</p></td><td>z</td></tr>"
            + "<tr><th>Section two</th><th>more</th></tr><tr><td>q</td><td>r</td></tr></table>"
        #expect(plain(source) == "A:\n  x\n\n  y\nB: z\n\nSection two | more\n\nA: q\nB: r")
    }

    @Test func spansThatWouldMultiplyATableShowOnceWhereTheyStart() {
        // Repeating the large cell in each row it spans would write it a hundred times over.
        let big = String(repeating: "word ", count: 2000)
        let text = plain("<table><tr><td rowspan=\"999\">\(big)</td><td>b</td></tr>" + String(repeating: "<tr><td>x</td></tr>", count: 100) + "</table>")
        #expect(text.split(separator: "\n").count == 101)
        #expect(text.components(separatedBy: "word").count - 1 == 2000)
        #expect(text.hasSuffix("\nx\nx"))
    }

    @Test func theChildrenMacroNamesTheChildrenTheCallerKnows() {
        #expect(plain(childrenMacro) == "[children]")
        #expect(plain(childrenMacro, options: RenderOptions(childPages: ["Install", "a_b *c*"].map { ChildPage(title: $0) })) == "[children: Install, a_b *c*]")
    }

    @Test func codeKeepsTrailingSpacesAndTabs() {
        let source = "<ac:structured-macro ac:name=\"noformat\"><ac:plain-text-body><![CDATA[a \n\tb]]></ac:plain-text-body></ac:structured-macro>"
        #expect(plain(source) == "a \n\tb")
    }
}
