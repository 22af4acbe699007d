import Testing
@testable import StorageFormat

/// GitHub-flavoured Markdown output.
struct MarkdownTests {
    /// GFM reads `- [x]` with nothing after it as text; an empty task keeps its checkbox with a no-break space.
    /// A link to a script address is written as its text: Markdown shown as HTML would run it when followed.
    /// A key/value table (a header column, no header row) writes every key bold, the first row's too.
    @Test func aHeaderColumnIsBoldInEveryRow() {
        let source = "<table><tbody><tr><th>K1</th><td>V1</td></tr><tr><th>K2</th><td>V2</td></tr></tbody></table>"
        #expect(markdown(source) == "|  |  |\n| --- | --- |\n| **K1** | V1 |\n| **K2** | V2 |\n")
    }

    @Test func aScriptAddressIsNoLink() {
        #expect(markdown("<p><a href=\"javascript:alert(1)\">click</a></p>") == "click\n")
        #expect(markdown("<p><a href=\" JaVa&#x09;ScRiPt:alert(2)\">two</a> <a href=\"vbscript:x\">v</a></p>") == "two v\n")
        #expect(markdown("<p><a href=\"data:text/html,x\">d</a></p>") == "d\n")
        #expect(markdown("<p><a href=\"https://javascript.example/x\">ok</a></p>") == "[ok](https://javascript.example/x)\n")
    }

    @Test func anEmptyTaskStaysACheckbox() {
        let source = "<ac:task-list><ac:task><ac:task-status>complete</ac:task-status><ac:task-body></ac:task-body></ac:task>"
            + "<ac:task><ac:task-status>incomplete</ac:task-status><ac:task-body>next</ac:task-body></ac:task></ac:task-list>"
        #expect(markdown(source) == "- [x] &nbsp;\n- [ ] next\n")
        #expect(plain(source) == "[x]\n[ ] next")
    }

    /// GFM reads a checkbox only at a paragraph's start: a task whose body starts with a code block or a list gets an
    /// empty paragraph first, and the block after a blank line, so neither is read as the task's text.
    @Test func aTaskStartingWithABlockKeepsItsCheckboxAndTheBlock() {
        func task(_ body: String) -> String {
            "<ac:task-list><ac:task><ac:task-status>complete</ac:task-status><ac:task-body>\(body)</ac:task-body></ac:task></ac:task-list>"
        }
        let code = "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[make build]]></ac:plain-text-body></ac:structured-macro>"
        #expect(markdown(task(code)) == "- [x] &nbsp;\n\n  ```\n  make build\n  ```\n")
        #expect(markdown(task("<ol start=\"3\"><li>third</li></ol>")) == "- [x] &nbsp;\n\n  3. third\n")
        #expect(markdown(task("<p>text</p><ul><li>x</li></ul>")) == "- [x] text\n  - x\n", "a leading paragraph needs none")
    }

    /// GitHub numbers a repeated slug, and numbers again an anchor another heading's slug already is.
    @Test func anchorsAreNumberedAsGitHubNumbersThem() {
        let source = "<ac:structured-macro ac:name=\"toc\"/><h2>Setup</h2><h2>Setup</h2><h2>Setup-1</h2><h2>Setup</h2>"
        #expect(markdown(source).hasPrefix("- [Setup](#setup)\n- [Setup](#setup-1)\n- [Setup-1](#setup-1-1)\n- [Setup](#setup-2)\n"))
        // A link names a heading by its text: it points at that heading's anchor, numbered or not.
        let links = "<h2>Setup</h2><h2>Setup</h2><h2>Setup-1</h2><p><ac:link ac:anchor=\"Setup-1\"><ac:plain-text-link-body><![CDATA[a]]></ac:plain-text-link-body></ac:link>"
            + " <ac:link ac:anchor=\"Setup\"><ac:plain-text-link-body><![CDATA[b]]></ac:plain-text-link-body></ac:link></p>"
        #expect(markdown(links).hasSuffix("[a](#setup-1-1) [b](#setup)\n"))
    }

    /// A line of pipes, colons and dashes after a hard break would make GFM read the paragraph as a table: it is escaped.
    @Test func aLineLikeATableDelimiterRowStaysText() {
        #expect(markdown("<p>Name | Value<br/>:---|:---</p>") == "Name | Value\\\n\\:---|:---\n")
        #expect(markdown("<p>a|b<br/>|--|--|</p>") == "a|b\\\n\\|--|--|\n")
        #expect(markdown("<p>a<br/>:-:</p>") == "a\\\n\\:-:\n", "a one-column delimiter needs no pipe")
        #expect(markdown("<p>x<br/>| not | a row</p>") == "x\\\n| not | a row\n", "a line with words is no delimiter row")
    }

    /// A destination decodes character references, so an `&` that would start one is written as one.
    @Test func anAmpersandThatWouldStartAReferenceKeepsItsMeaningInADestination() {
        #expect(markdown("<p><a href=\"http://x/?a=1&amp;amp;b=2\">l</a> <a href=\"http://y/?a=1&amp;b=2\">m</a></p>")
            == "[l](http://x/?a=1&amp;amp;b=2) [m](http://y/?a=1&b=2)\n")
    }

    /// A bare URL written as a link after a `!` would be an image: the `!` is escaped, as before any link.
    @Test func aBareURLAfterAnExclamationMarkStaysALink() {
        #expect(markdown("<p>wow!http://x.y/&amp;copy;</p>") == "wow\\![http://x.y/\\&copy;](http://x.y/&amp;copy;)\n")
    }

    /// An empty item keeps its marker: a bare `-` under an item's paragraph would underline it as a heading.
    @Test func anEmptyItemKeepsItsMarker() {
        #expect(markdown("<ul><li></li><li>x<ul><li></li></ul></li></ul><ol start=\"3\"><li><p></p></li></ol>")
            == "- &nbsp;\n- x\n  - &nbsp;\n\n3. &nbsp;\n")
        #expect(plain("<ul><li></li><li>x</li></ul>") == "- x")
    }

    @Test func headingsStylesAndEscaping() {
        let source = "<h3>Title</h3><p>a <strong>bold</strong>, <em>it</em>, <code>x*y</code>, <del>gone</del> and 2*3_4 [x]</p>"
        #expect(markdown(source) == "### Title\n\na **bold**, *it*, `x*y`, ~~gone~~ and 2\\*3_4 \\[x\\]\n")
    }

    @Test func paragraphStartsThatWouldBeMarkupAreEscaped() {
        #expect(markdown("<p># not a heading</p><p>1. not a list</p>") == "\\# not a heading\n\n1\\. not a list\n")
    }

    @Test func aByteOrderMarkBeforeMarkupIsPassedOver() {
        #expect(markdown("<p>&#xFEFF;# Not a heading</p><p>&#xFEFF;- item</p>") == "\u{FEFF}\\# Not a heading\n\n\u{FEFF}\\- item\n")
    }

    @Test func linesAfterAHardBreakThatWouldBeMarkupAreEscaped() {
        #expect(markdown("<p>a<br/>1. x<br/>- y<br/># z<br/>+ w<br/>===</p>") == "a\\\n1\\. x\\\n\\- y\\\n\\# z\\\n\\+ w\\\n\\===\n")
        #expect(markdown("<p>b<br/>---</p>") == "b\\\n\\---\n")
    }

    @Test func textThatReadsAsACharacterReferenceIsEscaped() {
        #expect(markdown("<p>&amp;amp; &amp;#65; &amp;#x41; AT&amp;T &amp;x</p>") == "\\&amp; \\&#65; \\&#x41; AT&T &x\n")
    }

    @Test func aPipeInALinkDestinationInsideAPipeTableIsEncoded() {
        let source = "<table><tr><td><a href=\"http://x.com/a|b\">l|nk</a></td><td><a href=\"http://y.com/c|d\">http://y.com/c|d</a></td></tr></table>"
        #expect(markdown(source).contains("| [l\\|nk](http://x.com/a%7Cb) | <http://y.com/c%7Cd> |"))
        #expect(markdown("<p><a href=\"http://x.com/a|b\">out</a></p>") == "[out](http://x.com/a|b)\n", "outside a table it stays")
    }

    @Test func noBreakSpacesAtAStylesEdgesStayOutsideItsMarkers() {
        #expect(markdown("<p>a<strong>&#160;</strong>b <em>text&#160;</em>c</p>") == "a\u{A0}b *text*\u{A0}c\n")
    }

    @Test func stylesCommonMarkWouldNotReadAsMarkersAreWrittenAsTags() {
        #expect(markdown("<p>foo<strong>\"bar\"</strong>baz</p>") == "foo<strong>\"bar\"</strong>baz\n", "punctuation inside, letters outside")
        #expect(markdown("<p>中<strong>「x」</strong>文</p>") == "中<strong>「x」</strong>文\n", "CJK brackets are punctuation")
        #expect(markdown("<p>a<em>$5</em>b</p>") == "a<em>$5</em>b\n")
        #expect(markdown("<p>x<del>-y</del>z</p>") == "x<del>-y</del>z\n")
        #expect(markdown("<p>(<strong>x</strong>) <strong>\"x\"</strong> y a<strong>b</strong>c</p>") == "(**x**) **\"x\"** y a**b**c\n",
                "markers wherever they read as such")
    }

    @Test func neighbouringTextsShareTheStylesTheyHaveInCommon() {
        #expect(markdown("<p><em>a <strong>b</strong> c</em></p>") == "*a **b** c*\n")
        #expect(markdown("<p><em>a<strong>b</strong>c</em></p>") == "*a<strong>b</strong>c*\n",
                "markers between letters may also close, so inside another span of stars they are tags")
        #expect(markdown("<p><strong>Host</strong> <strong>Name</strong>:</p>") == "**Host Name**:\n")
        #expect(markdown("<p><em>!</em><em><del>a</del></em></p>") == "*!~~a~~*\n", "one emphasis, not two meeting")
    }

    @Test func markersNeverJoinTheMarkersJustClosed() {
        #expect(markdown("<p><strong>x.</strong><em>y</em></p>") == "**x.**<em>y</em>\n")
        #expect(markdown("<p><strong>a</strong><em>b</em></p>") == "**a**<em>b</em>\n")
        #expect(markdown("<p><em>x.</em><del>b</del></p>") == "*x.*<del>b</del>\n", "GitHub drops a closer a ~~ opener follows")
    }

    @Test func anEmphasisInsideBoldNeverPairsWithTheBoldsMarkers() {
        // `*` between punctuation could close the bold's `**`: that emphasis is written as tags.
        let source = "<p><strong>a<code>c</code><em>.</em>b</strong></p>"
        #expect(markdown(source) == "**a`c`<em>.</em>b**\n")
    }

    @Test func tableCellsOfPlainParagraphsBecomeHTMLLines() {
        let source = "<table><tr><td rowspan=\"2\"><p>a &lt; b  </p><p>c|d</p></td><td>1</td></tr><tr><td>2</td></tr></table>"
        #expect(StorageDocument.parse(source).markdown()
                == "<table>\n<tr><td rowspan=\"2\">a &lt; b<br>c&#124;d</td><td>1</td></tr>\n<tr><td>2</td></tr>\n</table>\n")
    }

    @Test func tableCellsWithListsLinksOrCodeHoldMarkdownBetweenBlankLines() {
        let source = "<table><tr><td rowspan=\"2\"><p>a &lt; b</p><ul><li>x</li></ul></td><td><a href=\"http://u\">1</a></td></tr>"
            + "<tr><td><pre>  indented</pre></td></tr></table>"
        #expect(StorageDocument.parse(source).markdown() == """
            <table>
            <tr><td rowspan="2">

            a \\< b

            - x

            </td><td>

            [1](http://u)

            </td></tr>
            <tr><td>

            ```
              indented
            ```

            </td></tr>
            </table>

            """)
    }

    @Test func anExclamationMarkBeforeALinkIsEscaped() {
        #expect(markdown("<p>Wow!<a href=\"http://a\">x</a></p>") == "Wow\\![x](http://a)\n", "![x](…) would be an image")
        #expect(markdown("<p>x!<strong><a href=\"http://a\">y</a></strong></p>") == "x\\![**y**](http://a)\n")
    }

    @Test func linkDestinationsAreEscaped() {
        #expect(markdown("<p><a href=\"http://a.com/a&#10;b\">k</a></p>") == "[k](<http://a.com/a b>)\n", "white space in an attribute collapses")
        #expect(markdown("<p><a href=\"http://a.com/a&#1;b\">k</a></p>") == "[k](http://a.com/ab)\n")
        #expect(markdown("<p><a href=\"file://\\\\srv\\_x\">k</a></p>") == "[k](file://\\\\\\\\srv\\\\_x)\n",
                "a backslash would escape what follows")
    }

    @Test func urlsThatCannotBeAutolinksAreLinks() {
        #expect(markdown("<p><a href=\"www.x.com\">www.x.com</a></p>") == "[www.x.com](www.x.com)\n", "no scheme")
        #expect(markdown("<p><a href=\"http://a b\">http://a b</a></p>") == "[http://a b](<http://a b>)\n", "a space")
        #expect(markdown("<p><a href=\"http://a.com\">http://a.com</a></p>") == "<http://a.com>\n")
    }

    @Test func aBreakWithNothingVisibleAfterItIsDropped() {
        #expect(markdown("<p>a<br/>&#160;</p>") == "a\u{A0}\n", "a paragraph ending in a backslash shows it")
        #expect(markdown("<p>a<br/>b</p>") == "a\\\nb\n")
    }

    @Test func whiteSpaceWrittenAsAReferenceCollapses() {
        #expect(markdown("<p>&#9;x</p>") == "x\n", "a tab would make a code block")
        #expect(markdown("<p>a<br/>&#9;x</p>") == "a\\\nx\n")
        #expect(markdown("<p>one&#13;two&#x0D;&#10;three &#32; four&#12;five</p>") == "one two three four five\n")
        #expect(markdown("<pre>a&#9;b&#13;&#10;c</pre>") == "```\na\tb\nc\n```\n", "kept in code, a CR LF read as one break")
    }

    @Test func aBareURLEndsBeforeAnAngleBracketOrABracketItDoesNotOpen() {
        #expect(markdown("<p>see &lt;https://example.com&gt; now</p>") == "see \\<<https://example.com>\\> now\n")
        #expect(markdown("<p>https://a.com/x&gt;y</p>") == "<https://a.com/x>\\>y\n")
        #expect(markdown("<p>[https://a.com/x] [https://a.com/[y]]</p>") == "\\[<https://a.com/x>\\] \\[<https://a.com/[y]>\\]\n",
                "a ] it does not open")
    }

    @Test func aCodeLanguageKeepsItsFenceIntact() {
        let source = "<ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"language\">`x`</ac:parameter>"
            + "<ac:plain-text-body><![CDATA[y]]></ac:plain-text-body></ac:structured-macro>"
        #expect(markdown(source) == "```x\ny\n```\n")
    }

    @Test func markersAreNeverWrittenBeforeWhiteSpace() {
        #expect(markdown("<p>a <em><del>&#12288;b</del></em></p>") == "a <em><del>\u{3000}b</del></em>\n")
    }

    @Test func markersNeverRunIntoABareLink() {
        // GitHub's parser takes `www.…` and `http://…` in text as links running to the next space or `<`: a URL that
        // text follows is written as a link, which ends where it should, and so is one with markers around it.
        #expect(markdown("<p>http://x.com<strong>b</strong></p>") == "<http://x.com>**b**\n")
        #expect(markdown("<p><em>http://x.com</em>$</p>") == "*<http://x.com>*$\n")
        #expect(markdown("<p><strong>www.x.com</strong>a</p>") == "<strong>[www.x.com](http://www.x.com)</strong>a\n",
                "a closer between punctuation and a letter is no closer")
        #expect(markdown("<p><strong>http://x.com</strong> a</p>") == "**<http://x.com>** a\n")
        #expect(markdown("<p>see http://x.com <strong>b</strong></p>") == "see http://x.com **b**\n", "a space ends the link first")
        #expect(markdown("<p>a <em>b</em>http://x.com<strong>c</strong></p>") == "a *b*<http://x.com>**c**\n")
    }

    @Test func aBareURLIsWrittenAsALinkWhereReadersWouldMisreadIt() {
        // Backslashes would show inside the link GitHub makes; CommonMark readers would read the bytes as markup.
        #expect(markdown("<p>see https://x.com/a*b*c now</p>") == "see <https://x.com/a*b*c> now\n")
        #expect(markdown("<p>see www.x.org/a_b_/~c~.</p>") == "see [www.x.org/a_b\\_/\\~c](http://www.x.org/a_b_/~c)\\~.\n")
        #expect(markdown("<p>(https://x.com/_a_)</p>") == "(<https://x.com/_a>\\_)\n", "trailing punctuation is not the URL's")
        #expect(markdown("<p>a #https://x.com/a_</p>") == "a #<https://x.com/a>\\_\n", "after punctuation it is a URL")
        #expect(markdown("<p>xhttps://x.com/*a*</p>") == "xhttps://x.com/\\*a\\*\n", "after a letter it is no URL")
        #expect(markdown("<p>https://x.com/a&gt;b_c</p>") == "<https://x.com/a>\\>b_c\n", "no URL holds >")
        #expect(markdown("<p>https://x.com/ok.</p>") == "https://x.com/ok.\n", "nothing to escape, nothing after: left as it is")
        #expect(markdown("<p><a href=\"http://y.com\">see https://x.com/a*b</a></p>") == "[see https://x.com/a\\*b](http://y.com)\n",
                "a URL in a link's text is no link")
        #expect(markdown("<p>go ftp://ex.com/a*b end</p>") == "go <ftp://ex.com/a*b> end\n")
        #expect(markdown("<p>x http://x.com/a&lt;b y</p>") == "x <http://x.com/a>\\<b y\n", "GitHub ran the URL into the backslash")
        #expect(markdown("<p>x http://x.com/a&#160;<strong>b</strong> y</p>") == "x <http://x.com/a>\u{A0}**b** y\n",
                "the URL ends at a no-break space, which GitHub runs on through")
        #expect(markdown("<p>x www.* y</p>") == "x [www.](http://www.)\\* y\n", "GitHub links a prefix alone")
        #expect(markdown("<p><strong>http://ex.com/a%20b</strong></p>") == "**[http://ex.com/a%20b](http://ex.com/a%20b)**\n",
                "some readers show %20 in an autolink as a space")
    }

    @Test func aStatusIsBoldTextAmongTheStylesAroundIt() {
        let status = { (title: String) in
            "<ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\">\(title)</ac:parameter></ac:structured-macro>"
        }
        #expect(markdown("<p>\(status("A"))\(status("B"))</p>") == "**\\[A\\]\\[B\\]**\n", "no **** between two")
        #expect(markdown("<p><strong>b</strong>\(status("A"))</p>") == "**b\\[A\\]**\n")
    }

    @Test func aLineSeparatorNeverSplitsAHeadingATableRowOrAParagraph() {
        #expect(markdown("<h2>head&#x2028;tail</h2>") == "## head tail\n")
        // A separator is a line break, as `br` is: two in a row leave a line with only a break, never a paragraph's end.
        #expect(markdown("<p>one<br/>&#x2028;two</p><p>a&#x2028;&#x2029;b</p>") == "one\\\n\\\ntwo\n\na\\\n\\\nb\n")
        #expect(markdown("<p>a&#x2028;b</p>") == markdown("<p>a<br/>b</p>"))
        #expect(markdown("<table><tr><th>a&#x2028;b</th></tr><tr><td>c</td></tr></table>") == "| a<br>b |\n| --- |\n| c |\n")
        #expect(markdown("<h2>head\u{2028}tail</h2><p>a\u{2029}b</p>") == "## head tail\n\na\\\nb\n", "the character as its reference")
        // In an address the separator is a character of it, percent-encoded, never a line break.
        #expect(markdown("<p><a href=\"https://e.com/a&#x2028;b\">x</a> <a href=\"https://e.com/c\u{2029}d\">y</a></p>")
            == "[x](https://e.com/a%E2%80%A8b) [y](https://e.com/c%E2%80%A9d)\n")
    }

    @Test func aTableOfContentsNestsFromItsShallowestHeadingOneLevelAtATime() {
        let source = "<ac:structured-macro ac:name=\"toc\"/><h3>three</h3><h6>six</h6><h4>four</h4>"
        #expect(markdown(source).hasPrefix("- [three](#three)\n  - [six](#six)\n  - [four](#four)\n"),
                "four spaces would make a code block")
    }

    @Test func aTableOfContentsLinksHeadingsOfTheSameTextToEach() {
        let source = "<ac:structured-macro ac:name=\"toc\"/><h2>Setup</h2><h2>Use</h2><h3>Setup</h3><h2>Setup</h2>"
        #expect(markdown(source).hasPrefix("- [Setup](#setup)\n- [Use](#use)\n  - [Setup](#setup-1)\n- [Setup](#setup-2)\n"),
                "GitHub numbers the anchors of repeated headings")
    }

    /// Blocks of an item after its first, but a list under a paragraph, are parted by a blank line: text after a nested
    /// list or a quote would join its last line, and a second paragraph the first.
    @Test func blocksOfAListItemStayApart() {
        #expect(markdown("<ul><li>x<ul><li>y</li></ul>after</li></ul>") == "- x\n\n  - y\n\n  after\n")
        #expect(markdown("<ol><li><p>one</p><p>two</p></li><li>next</li></ol>") == "1. one\n\n   two\n2. next\n")
        #expect(markdown("<ul><li>q<blockquote><p>quoted</p></blockquote>after</li></ul>") == "- q\n\n  > quoted\n\n  after\n")
        #expect(markdown("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>") == "- a\n  - b\n- c\n", "a list under text stays tight")
        #expect(markdown("<ul><li>a<ol start=\"3\"><li>b</li></ol></li></ul>") == "- a\n\n  3. b\n", "no list from 3 interrupts text")
    }

    /// An underscore between letters or digits cannot mark emphasis, and GitHub would show its backslash inside the link it
    /// makes of a bare URL.
    @Test func underscoresInsideWordsAreNotEscaped() {
        #expect(markdown("<p>See https://x.org/some_page and snake_case, _lead, trail_ a__b</p>")
            == "See https://x.org/some_page and snake_case, \\_lead, trail\\_ a__b\n")
    }

    @Test func consecutiveListsStayApart() {
        #expect(markdown("<ul><li>a</li></ul><ul><li>b</li></ul><p>p</p><ul><li>c</li></ul>") == "- a\n\n<!-- -->\n- b\n\np\n\n- c\n")
        #expect(markdown("<ol><li>a</li></ol><ul><li>b</li></ul>") == "1. a\n\n- b\n", "lists of two kinds never run together")
    }

    @Test func aHeadingEndingInHashesKeepsThem() {
        #expect(markdown("<h3>C# ##</h3>") == "### C# \\##\n")
        #expect(markdown("<h2>C#</h2>") == "## C#\n")
    }

    @Test func theChildrenMacroListsTheChildrenTheCallerKnows() {
        #expect(markdown(childrenMacro) == "\\[children\\]\n")
        let titles = ["Install", "# Not a heading", "2. Not a list", "a_b *c* <d>"]
        #expect(markdown(childrenMacro, options: RenderOptions(childPages: titles.map { ChildPage(title: $0) }))
            == "\\[children\\]\n- Install\n- \\# Not a heading\n- 2\\. Not a list\n- a_b \\*c\\* \\<d\\>\n")
    }

    @Test func aCodeTitleIsBoldWithItsEdgeSpacesOutsideTheMarkers() {
        let source = "<ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"title\">&nbsp;Example</ac:parameter>"
            + "<ac:plain-text-body><![CDATA[x]]></ac:plain-text-body></ac:structured-macro>"
        #expect(markdown(source) == "\u{A0}**Example**\n```\nx\n```\n")
    }

    @Test func codeFenceOutgrowsBackticksInside() {
        let source = "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[```\ninner\n```]]></ac:plain-text-body></ac:structured-macro>"
        #expect(markdown(source) == "````\n```\ninner\n```\n````\n")
    }

    @Test func simpleTablesBecomePipeTables() {
        let source = "<table><tr><th>A</th><th>B</th></tr><tr><td>1|2</td><td><strong>x</strong><br/>y</td></tr></table>"
        #expect(markdown(source) == "| A | B |\n| --- | --- |\n| 1\\|2 | **x**<br>y |\n")
    }

    @Test func tablesWithoutHeaderGetAnEmptyOne() {
        #expect(markdown("<table><tr><td>1</td><td>2</td></tr></table>") == "|  |  |\n| --- | --- |\n| 1 | 2 |\n")
    }

    /// A header column's cells are bold in a pipe table, as the table shows them.
    @Test func headerCellsBelowTheHeaderRowAreBold() {
        let source = "<table><tr><th>Name</th><th>Role</th></tr><tr><th>Ada <em>L.</em></th><td>Engineer</td></tr>"
            + "<tr><th><a href=\"https://x.io\">Bob</a></th><td>x</td></tr></table>"
        #expect(markdown(source) == "| Name | Role |\n| --- | --- |\n| **Ada *L.*** | Engineer |\n| [**Bob**](https://x.io) | x |\n")
    }

    /// A pipe table has one header row, its first: a second one, or one further down (a section's title), keeps its
    /// header cells in HTML.
    @Test func headerRowsPastTheFirstBecomeHTML() {
        let source = "<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr><tr><th>Later</th><th>more</th></tr></table>"
        #expect(markdown(source) == "<table>\n<tr><th>A</th><th>B</th></tr>\n<tr><td>1</td><td>2</td></tr>\n"
                + "<tr><th>Later</th><th>more</th></tr>\n</table>\n")
    }

    @Test func spannedTablesBecomeHTMLWithSpans() {
        let source = "<table><tr><td rowspan=\"2\">a &amp; b</td><td>1</td></tr><tr><td>2</td></tr></table>"
        #expect(markdown(source) == "<table>\n<tr><td rowspan=\"2\">a &amp; b</td><td>1</td></tr>\n<tr><td>2</td></tr>\n</table>\n")
    }

    @Test func nestedListsAndTasks() {
        let source = "<ol><li>one<ul><li>sub</li></ul></li><li>two</li></ol><ac:task-list><ac:task><ac:task-status>complete</ac:task-status><ac:task-body>done</ac:task-body></ac:task></ac:task-list>"
        #expect(markdown(source) == "1. one\n   - sub\n2. two\n\n- [x] done\n")
    }

    @Test func panelsAsQuotedNotes() {
        let source = "<ac:structured-macro ac:name=\"note\"><ac:rich-text-body><p>One</p><p>Two</p></ac:rich-text-body></ac:structured-macro>"
        #expect(markdown(source) == "> **Note:**\n>\n> One\n>\n> Two\n")
    }

    @Test func datesAndJiraKeysKeepTheStylesAroundThem() {
        let jira = "<ac:structured-macro ac:name=\"jira\"><ac:parameter ac:name=\"key\">PRJ-1</ac:parameter></ac:structured-macro>"
        #expect(markdown("<p><strong>Due <time datetime=\"2024-01-02\" /> for \(jira)</strong> <time datetime=\"2024-01-03\" /></p>")
            == "**Due 2024-01-02 for PRJ-1** 2024-01-03\n")
    }

    @Test func userMentionsAndDatesAndStatus() {
        let source = "<p><ac:link><ri:user ri:account-id=\"u1\" /></ac:link> on <time datetime=\"2024-05-01\" /> <ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\">OK</ac:parameter></ac:structured-macro></p>"
        #expect(markdown(source, options: RenderOptions(userName: { _ in "Grace" })) == "@Grace on 2024-05-01 **\\[OK\\]**\n")
    }

    @Test func lineFeedsInsideInlinesKeepTheQuotePrefix() {
        // A model built by hand may hold line feeds that parsed text never does: in text, a code span,
        // a date and a link's URL (which is percent-encoded). Each line after one still carries the quote's prefix.
        let inlines: [Inline] = [
            .text("a\nb ", []), .text("c\nd", .code), .text(" ", []), .date("2024\n05"), .text(" ", []),
            .link(Link(target: .url("https://x.org/\ny"), body: [.text("e", [])])),
        ]
        let lines = StorageDocument(blocks: [.quote([.paragraph(inlines)])]).markdown().split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.allSatisfy { $0.hasPrefix(">") }, "\(lines)")
        #expect(lines.last?.hasSuffix("(https://x.org/%0Ay)") == true)
    }

    @Test func urlLinksWithTheirOwnTextAreAutolinks() {
        #expect(markdown("<p><a href=\"https://a.org/x\">https://a.org/x</a></p>") == "<https://a.org/x>\n")
        // An autolink cannot show a style, so a styled one is a link.
        #expect(markdown("<p><strong><a href=\"https://a.org\">https://a.org</a></strong></p>")
            == "[<strong>https://a.org</strong>](https://a.org)\n")
    }

    @Test func anchorLinksPointAtTheAnchorsHeadingsHaveInMarkdown() {
        let source = "<h2>Set up, again!</h2><p><ac:link ac:anchor=\"Set up, again!\"><ac:plain-text-link-body><![CDATA[jump]]>"
            + "</ac:plain-text-link-body></ac:link> <ac:link ac:anchor=\"Set up\"><ri:page ri:content-title=\"Guide\" /></ac:link></p>"
        #expect(markdown(source) == "## Set up, again!\n\n[jump](#set-up-again) [Guide](Guide#set-up)\n")
    }

    /// Confluence Cloud stores an anchor percent-encoded; it names the heading once decoded. A `%` that escapes nothing stays.
    @Test func aPercentEncodedAnchorIsDecodedBeforeItNamesAHeading() {
        func link(_ anchor: String, _ text: String) -> String {
            "<ac:link ac:anchor=\"\(anchor)\"><ac:plain-text-link-body><![CDATA[\(text)]]></ac:plain-text-link-body></ac:link>"
        }
        let source = "<h2>Über uns</h2><h2>Section 1</h2><p>" + link("%C3%9Cber-uns", "a") + " " + link("Section%201", "b") + " "
            + link("100%", "c") + " " + link("%FF", "d") + "</p>"
        #expect(markdown(source) == "## Über uns\n\n## Section 1\n\n[a](#über-uns) [b](#section-1) [c](#100) [d](#ff)\n")
    }

    @Test func anAnchorMacroIsTheTargetOfItsLinks() {
        let anchor = "<ac:structured-macro ac:name=\"anchor\"><ac:parameter ac:name=\"\">My Target</ac:parameter></ac:structured-macro>"
        let link = "<ac:link ac:anchor=\"My Target\"><ac:plain-text-link-body><![CDATA[go]]></ac:plain-text-link-body></ac:link>"
        #expect(markdown("<p>\(anchor)Here</p><p>\(link)</p>") == "<a id=\"my-target\"></a>Here\n\n[go](#my-target)\n")
        #expect(plain("<p>a</p><p>\(anchor)</p><p>\(anchor)b</p>") == "a\n\nb", "it shows nothing")
        #expect(terminal("<p>a</p><p>\(anchor)</p><p>b</p>") == ["a", "", "b"], "a paragraph of anchors takes no lines")
    }

    @Test func linksWithoutABodyShowTheirNameInTheStylesAroundThem() {
        let page = "<ac:link><ri:page ri:content-title=\"Foo\" /></ac:link>"
        let user = "<ac:link><ri:user ri:account-id=\"u1\" /></ac:link>"
        #expect(markdown("<p><strong>\(page)</strong> and <em>\(user)</em></p>") == "[**Foo**](Foo) and *@u1*\n")
        #expect(markdown("<p><strong>see \(user) now</strong></p>") == "**see @u1 now**\n", "a mention joins the bold around it")
        #expect(markdown("<p>x<strong>\(user)</strong>y</p>") == "x<strong>@u1</strong>y\n")
        #expect(markdown("<p><code>a </code><code>\(user)</code></p>") == "`a @u1`\n", "one code span, not two side by side")
        #expect(markdown("<p><code>GET</code><u><code>/api</code></u></p>") == "`GET/api`\n", "underline, not written, parts nothing")
        let cell = "<table><tr><td rowspan=\"2\"><strong>\(user)</strong></td><td>b</td></tr><tr><td>c</td></tr></table>"
        #expect(markdown(cell).contains("**@u1**"), "a styled mention is no plain cell text")
    }
}
