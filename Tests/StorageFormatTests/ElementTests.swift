import Testing
@testable import StorageFormat

/// One test per storage element: the model it builds and what the renderers show.
struct ElementTests {
    @Test func headingsAndParagraphs() {
        let document = parse("<h2>Title</h2><p>Some <strong>bold</strong> and <em>it</em></p>")
        #expect(document.blocks == [
            .heading(Heading(level: 2, content: [.text("Title", [])])),
            .paragraph([.text("Some ", []), .text("bold", .strong), .text(" and ", []), .text("it", .emphasis)]),
        ])
    }

    @Test func whitespaceCollapsesAcrossElements() {
        #expect(plain("<p>  a \n\t b <span> c </span>  d  </p>") == "a b c d")
    }

    @Test func inlineStyles() {
        let document = parse("<p><code>x</code><del>y</del><u>z</u><sub>2</sub><sup>3</sup></p>")
        #expect(document.blocks == [.paragraph([
            .text("x", .code), .text("y", .strike), .text("z", .underline), .text("2", .subscript),
            .text("3", .superscript),
        ])])
    }

    /// A terminal cannot raise or lower text: digits and signs take their Unicode forms; letters (`1st`) stay as written.
    @Test func raisedAndLoweredDigitsTakeTheirUnicodeForms() {
        let source = "<p>E = mc<sup>2</sup>, H<sub>2</sub>O, 1<sup>st</sup>, note<sup>(12)</sup></p>"
        #expect(terminal(source) == ["E = mc², H₂O, 1st, note⁽¹²⁾"])
        #expect(plain(source) == "E = mc², H₂O, 1st, note⁽¹²⁾")
        #expect(markdown(source) == "E = mc<sup>2</sup>, H<sub>2</sub>O, 1<sup>st</sup>, note<sup>(12)</sup>\n", "Markdown keeps the tags")
    }

    @Test func nestedListsKeepStructure() {
        let document = parse("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul><ol start=\"3\"><li>x</li></ol>")
        guard case .list(let list) = document.blocks.first, case .list(let ordered) = document.blocks.last else {
            Issue.record("expected two lists")
            return
        }
        #expect(list.kind == .unordered)
        #expect(list.items.count == 2)
        #expect(ordered.kind == .ordered(start: 3))
        #expect(plain("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>") == "- a\n  - b\n- c")
        #expect(plain("<ol start=\"3\"><li>x</li><li>y</li></ol>") == "3. x\n4. y")
    }

    /// An item holding only a nested list shows no marker but is indented as one, so the nested list reads one level deeper;
    /// in Markdown, which has no item without a marker, it shows its marker, or its list would join the one around it.
    @Test func listItemWrappingOnlyANestedListShowsNoMarkerButKeepsItsDepth() {
        let source = "<ul><li style=\"list-style-type: none;\"><ul><li>inner</li></ul></li></ul>"
        #expect(plain(source) == "  - inner")
        let ordered = "<ol><li>one</li><li><ol><li>a</li><li>b</li></ol></li><li>three</li></ol>"
        #expect(plain(ordered) == "1. one\n   1. a\n   2. b\n3. three")
        #expect(markdown(ordered) == "1. one\n2. 1. a\n   2. b\n3. three\n")
    }

    /// A list written directly inside a list, with no item around it (the editor's nested task lists), nests under the
    /// item before it, in place; one before any item is an item of its own without a marker.
    @Test func aListDirectlyInsideAListNestsUnderTheItemBeforeIt() {
        let tasks = "<ac:task-list><ac:task><ac:task-status>incomplete</ac:task-status><ac:task-body>Task 1</ac:task-body></ac:task>"
            + "<ac:task-list><ac:task><ac:task-status>complete</ac:task-status><ac:task-body>Subtask</ac:task-body></ac:task></ac:task-list>"
            + "<ac:task><ac:task-status>incomplete</ac:task-status><ac:task-body>Task 2</ac:task-body></ac:task></ac:task-list>"
        #expect(plain(tasks) == "[ ] Task 1\n    [x] Subtask\n[ ] Task 2")
        #expect(markdown(tasks) == "- [ ] Task 1\n  - [x] Subtask\n- [ ] Task 2\n")
        #expect(terminal("<ul><li>A</li><ul><li>A1</li><ol><li>deep</li></ol></ul><li>B</li></ul>")
                == ["• A", "  ◦ A1", "    1. deep", "• B"])
        #expect(plain("<ul><ul><li>inner</li></ul><li>after</li></ul>") == "  - inner\n- after")
    }

    /// Any block written directly inside a list (a code block between two steps, stray text) stays where it was written,
    /// in the item before it: instructions keep their order.
    @Test func aBlockBetweenListItemsStaysInPlace() {
        let code = { (text: String) in
            "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[\(text)]]></ac:plain-text-body></ac:structured-macro>"
        }
        let steps = "<ol><li>Install the tool</li>\(code("apt install tool"))<li>Configure it</li>\(code("tool --configure"))<li>Run it</li></ol>"
        #expect(plain(steps) == "1. Install the tool\n   apt install tool\n2. Configure it\n   tool --configure\n3. Run it")
        #expect(markdown(steps).hasPrefix("1. Install the tool\n\n   ```\n   apt install tool\n   ```\n2. Configure it\n"))
        #expect(terminal("<ul><li>a</li>stray text<li>b</li><p>stray para</p><li>c</li></ul>")
                == ["• a", "  stray text", "• b", "  stray para", "• c"])
    }

    @Test func tasksShowCheckboxesNotIdsOrStatus() {
        let source = """
        <ac:task-list><ac:task><ac:task-id>987654</ac:task-id><ac:task-uuid>b0dafd83-81de</ac:task-uuid>
        <ac:task-status>complete</ac:task-status><ac:task-body>Done thing</ac:task-body></ac:task>
        <ac:task><ac:task-id>123456</ac:task-id><ac:task-status>incomplete</ac:task-status>
        <ac:task-body>Open thing</ac:task-body></ac:task></ac:task-list>
        """
        let text = plain(source)
        #expect(text == "[x] Done thing\n[ ] Open thing")
        #expect(!text.contains("987654") && !text.contains("b0dafd83"))
        #expect(markdown(source) == "- [x] Done thing\n- [ ] Open thing\n")
    }

    @Test func tableKeepsSpans() {
        let document = parse("<table><tr><th>A</th><th>B</th></tr><tr><td rowspan=\"2\">x</td><td>y</td></tr><tr><td>z</td></tr></table>")
        guard case .table(let table) = document.blocks.first else {
            Issue.record("expected a table")
            return
        }
        #expect(table.rows.count == 3)
        #expect(table.rows[0].isHeader)
        #expect(table.rows[1].cells[0].rowSpan == 2)
        #expect(table.columnCount == 2)
    }

    @Test func codeMacroKeepsCDATAExactly() {
        let source = """
        <ac:structured-macro ac:name="code"><ac:parameter ac:name="language">bash</ac:parameter>\
        <ac:parameter ac:name="title">Run it</ac:parameter><ac:plain-text-body><![CDATA[  kubectl apply -f x.yaml
            indented <tag> & stuff]]></ac:plain-text-body></ac:structured-macro>
        """
        #expect(parse(source).blocks == [.code(CodeBlock(language: "bash", title: "Run it",
                                                        text: "  kubectl apply -f x.yaml\n    indented <tag> & stuff"))])
        #expect(plain(source) == "Run it\n  kubectl apply -f x.yaml\n    indented <tag> & stuff")
        #expect(markdown(source) == "**Run it**\n```bash\n  kubectl apply -f x.yaml\n    indented <tag> & stuff\n```\n")
    }

    @Test func cdataSplitAcrossSectionsJoins() {
        let source = "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[a ]]]]><![CDATA[> b]]></ac:plain-text-body></ac:structured-macro>"
        #expect(parse(source).blocks == [.code(CodeBlock(text: "a ]]> b"))])
    }

    @Test func panelsKeepKindAndTitle() {
        let source = "<ac:structured-macro ac:name=\"warning\"><ac:parameter ac:name=\"title\">Careful</ac:parameter><ac:parameter ac:name=\"icon\">true</ac:parameter><ac:rich-text-body><p>Hot</p></ac:rich-text-body></ac:structured-macro>"
        #expect(parse(source).blocks == [.panel(Panel(kind: .warning, title: "Careful", blocks: [.paragraph([.text("Hot", [])])]))])
        #expect(terminal(source, width: 21) == ["╭─ Warning: Careful ╮", "│ Hot               │", "╰───────────────────╯"])
        #expect(terminal(source, width: 20) == ["╭─ Warning ────────╮", "│ Careful          │", "│                  │", "│ Hot              │",
                                                "╰──────────────────╯"],
                "a title the top edge cannot hold whole is wrapped inside, never cut, and set apart from the body")
        #expect(markdown(source) == "> **Warning:** Careful\n>\n> Hot\n")
        #expect(plain(source) == "Warning: Careful\n  Hot")
    }

    @Test func adfPanelRendersContentOnce() {
        let source = "<ac:adf-extension><ac:adf-node type=\"panel\"><ac:adf-attribute key=\"panel-type\">success</ac:adf-attribute><ac:adf-content><p>Once</p></ac:adf-content></ac:adf-node><ac:adf-fallback><div><p>Once</p></div></ac:adf-fallback></ac:adf-extension>"
        #expect(parse(source).blocks == [.panel(Panel(kind: .success, blocks: [.paragraph([.text("Once", [])])]))])
    }

    /// An ADF expand (and one nested in another) is an expand with its title, once, as the macro's is.
    @Test func anAdfExpandKeepsItsTitle() {
        for type in ["expand", "nested-expand"] {
            let source = "<ac:adf-extension><ac:adf-node type=\"\(type)\"><ac:adf-attribute key=\"title\">Details</ac:adf-attribute>"
                + "<ac:adf-content><p>inside</p></ac:adf-content></ac:adf-node><ac:adf-fallback><div><p>inside</p></div></ac:adf-fallback>"
                + "</ac:adf-extension>"
            #expect(parse(source).blocks == [.expand(Expand(title: "Details", blocks: [.paragraph([.text("inside", [])])]))])
            #expect(terminal(source) == terminal("<ac:structured-macro ac:name=\"expand\"><ac:parameter ac:name=\"title\">Details"
                + "</ac:parameter><ac:rich-text-body><p>inside</p></ac:rich-text-body></ac:structured-macro>"))
        }
    }

    /// An app's extension keeps its content outside the page: its fallback is all a reader has, so it is shown; its
    /// parameters are not, wherever they stand.
    @Test func anAdfExtensionWithoutContentShowsItsFallback() {
        let source = "<ac:adf-extension><ac:adf-node type=\"extension\"><ac:adf-attribute key=\"extension-key\">app/macro</ac:adf-attribute>"
            + "<ac:adf-parameter key=\"title\">LEAKED</ac:adf-parameter></ac:adf-node>"
            + "<ac:adf-fallback><div><p>Fallback text</p></div></ac:adf-fallback></ac:adf-extension><p>after</p>"
        #expect(plain(source) == "Fallback text\n\nafter")
    }

    /// A panel node with nothing inside leaves its fallback to speak for it, rather than an empty frame.
    @Test func anEmptyAdfPanelShowsItsFallback() {
        let source = "<ac:adf-extension><ac:adf-node type=\"panel\"><ac:adf-attribute key=\"panel-type\">note</ac:adf-attribute>"
            + "<ac:adf-content></ac:adf-content></ac:adf-node><ac:adf-fallback><div><p>Fallback note</p></div></ac:adf-fallback>"
            + "</ac:adf-extension>"
        #expect(plain(source) == "Fallback note")
    }

    /// Older pages keep wiki markup's `{code:java}`, `{jira:ABC-12}` and `{expand:Title}`: the unnamed parameter.
    @Test func theUnnamedParameterOfOlderMacrosIsRead() {
        let code = "<ac:macro ac:name=\"code\"><ac:default-parameter>Java</ac:default-parameter><ac:plain-text-body><![CDATA[int x;]]></ac:plain-text-body></ac:macro>"
        #expect(markdown(code) == "```java\nint x;\n```\n")
        let jira = "<p>See <ac:macro ac:name=\"jira\"><ac:default-parameter>ABC-12</ac:default-parameter></ac:macro> and "
            + "<ac:structured-macro ac:name=\"jira\"><ac:parameter ac:name=\"\">XYZ_2-9</ac:parameter></ac:structured-macro>.</p>"
        #expect(plain(jira) == "See ABC-12 and XYZ_2-9.")
        let query = "<ac:macro ac:name=\"jira\"><ac:default-parameter>project = ABC</ac:default-parameter></ac:macro>"
        #expect(plain(query) == "[jira issues]", "a query is no key")
        let expand = "<ac:macro ac:name=\"expand\"><ac:default-parameter>Click me</ac:default-parameter><ac:rich-text-body><p>x</p></ac:rich-text-body></ac:macro>"
        #expect(terminal(expand) == ["▾ Click me", "  x"])
    }

    @Test func expandShowsTitleAndBody() {
        let source = "<ac:structured-macro ac:name=\"expand\"><ac:parameter ac:name=\"title\">More</ac:parameter><ac:rich-text-body><p>Hidden</p></ac:rich-text-body></ac:structured-macro>"
        #expect(terminal(source) == ["▾ More", "  Hidden"])
        let long = "<ac:structured-macro ac:name=\"expand\"><ac:parameter ac:name=\"title\">A title long enough to wrap</ac:parameter><ac:rich-text-body><p>Hidden</p></ac:rich-text-body></ac:structured-macro>"
        #expect(terminal(long, width: 16) == ["▾ A title long", "  enough to wrap", "  Hidden"], "a wrapped title hangs under its first word")
        #expect(terminal("<ul><li></li><li>x</li></ul>") == ["•", "• x"], "an empty item's marker has no space after it")
        #expect(markdown(source) == "<details><summary>More</summary>\n\nHidden\n\n</details>\n")
        // Without a title (none, a blank one, an ADF node's) every expand reads the same.
        let blank = "<ac:structured-macro ac:name=\"expand\"><ac:parameter ac:name=\"title\"> </ac:parameter><ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>"
        let adf = "<ac:adf-extension><ac:adf-node type=\"expand\"><ac:adf-content><p>x</p></ac:adf-content></ac:adf-node></ac:adf-extension>"
        for untitled in [blank, adf] {
            #expect(terminal(untitled) == ["▾ Expand", "  x"])
            #expect(markdown(untitled) == "<details><summary>Expand</summary>\n\nx\n\n</details>\n")
        }
    }

    @Test func layoutSectionsReadInOrder() {
        let source = "<ac:layout><ac:layout-section ac:type=\"two_equal\"><ac:layout-cell><p>Left</p></ac:layout-cell><ac:layout-cell><p>Right</p></ac:layout-cell></ac:layout-section></ac:layout>"
        #expect(parse(source).blocks == [.layout([LayoutSection(type: "two_equal", cells: [
            [.paragraph([.text("Left", [])])], [.paragraph([.text("Right", [])])],
        ])])])
        #expect(plain(source) == "Left\n\nRight")
    }

    @Test func pageLinkWithoutBodyShowsTitle() {
        let source = "<p>See <ac:link><ri:page ri:space-key=\"DOC\" ri:content-title=\"Install Guide\" /></ac:link>.</p>"
        #expect(plain(source) == "See Install Guide.")
        #expect(markdown(source) == "See [Install Guide](<DOC/Install Guide>).\n")
    }

    @Test func aPageLinkByIdOrSpaceAloneNamesWhatItHas() {
        let byID = "<p>A <ac:link><ri:page ri:content-id=\"98765\" /></ac:link></p>"
        #expect(parse(byID).blocks == [.paragraph([.text("A ", []), .link(Link(target: .content(id: "98765", anchor: nil)))])])
        #expect(plain(byID) == "A page 98765")
        #expect(plain("<p>A <ac:link><ri:page ri:space-key=\"DEV\" /></ac:link></p>") == "A DEV", "a space's home page")
        #expect(markdown("<p>A <ac:link><ri:page /></ac:link> B <ac:link><ri:page ri:content-title=\"\" /><ac:link-body>x</ac:link-body></ac:link></p>")
                == "A page B x\n", "nothing to point at: text, never an empty destination")
    }

    @Test func linkBodiesWinOverTargets() {
        let source = "<p><ac:link><ri:page ri:content-title=\"T\" /><ac:plain-text-link-body><![CDATA[the body]]></ac:plain-text-link-body></ac:link> <ac:link ac:anchor=\"top\"><ac:link-body>up</ac:link-body></ac:link> <a href=\"https://x.org\">site</a></p>"
        #expect(plain(source) == "the body up site")
        #expect(markdown(source) == "[the body](T) [up](#top) [site](https://x.org)\n")
    }

    @Test func aLinkBodyOfWhiteSpaceAlonePartsTheLinkFromBothNeighbours() {
        #expect(plain("<p><a href=\"http://x.org/p\"> </a>next</p>") == "http://x.org/p next")
        #expect(plain("<p>a <a href=\"http://x.org/p\"><strong> </strong></a>next</p>") == "a http://x.org/p next")
        #expect(markdown("<p><a href=\"http://x.org/p\"> </a>next</p>") == "<http://x.org/p> next\n")
        #expect(plain("<p><a href=\"http://x.org/p\"></a>next</p>") == "http://x.org/pnext", "no white space, nothing to part")
    }

    @Test func spacesAtALinkBodysEdgesMoveOutsideTheLink() {
        #expect(plain("<p>foo<a href=\"x\"> bar</a>baz</p>") == "foo barbaz")
        #expect(markdown("<p>foo<a href=\"x\">bar </a>baz</p>") == "foo[bar](x) baz\n")
        #expect(markdown("<p>foo <a href=\"x\"> bar </a> baz</p>") == "foo [bar](x) baz\n")
        let page = "<p>see<ac:link><ri:page ri:content-title=\"P\" /><ac:link-body> <strong>P</strong> </ac:link-body></ac:link>now</p>"
        #expect(plain(page) == "see P now")
        let cdata = "<p>see<ac:link><ri:page ri:content-title=\"P\" /><ac:plain-text-link-body><![CDATA[ P ]]></ac:plain-text-link-body></ac:link>now</p>"
        #expect(markdown(cdata) == "see [P](P) now\n")
        #expect(plain("<p>ね<a href=\"x\"> 테스트 </a>子</p>") == "ね 테스트 子")
        // White space written as CDATA or entities, line ends included, parts the link the same way.
        let blank = "<p>x<ac:link><ri:page ri:content-title=\"P\" /><ac:plain-text-link-body><![CDATA[   ]]></ac:plain-text-link-body></ac:link>y</p>"
        #expect(markdown(blank) == "x [P](P) y\n")
        #expect(markdown("<p>foo<a href=\"x\">&#10;bar&#10;</a>baz</p>") == "foo [bar](x) baz\n")
        // So do line breaks, which stay line breaks.
        #expect(plain("<p>foo<a href=\"x\"><br/>bar</a>baz</p>") == "foo\nbarbaz")
        #expect(plain("<p>foo<a href=\"x\">bar<br/></a>baz</p>") == "foobar\nbaz")
        // An image first in a body is no edge: the space after it stays inside.
        let image = "<p>foo<a href=\"x\"><ac:image><ri:attachment ri:filename=\"a.png\" /></ac:image> caption</a>baz</p>"
        #expect(plain(image) == "foo[image: a.png] captionbaz")
    }

    @Test func attachmentLinksShowTheFileName() {
        #expect(plain("<p><ac:link><ri:attachment ri:filename=\"report.pdf\" /></ac:link></p>") == "report.pdf")
    }

    @Test func userMentionsUseTheResolverOrFallBack() {
        let source = "<p><ac:link><ri:user ri:account-id=\"abc123\" /></ac:link> and <ac:link><ri:user ri:userkey=\"k9\" /></ac:link> and <ac:link><ri:user /></ac:link></p>"
        #expect(plain(source) == "@abc123 and @k9 and @unknown-user")
        let options = RenderOptions(userName: { $0.accountId == "abc123" ? "Ada Lovelace" : nil })
        #expect(plain(source, options: options) == "@Ada Lovelace and @k9 and @unknown-user")
    }

    /// A mention written without its link shows as one: names are never dropped with their markup.
    @Test func aMentionWithoutItsLinkStillShows() {
        let source = "<p>Ping <ri:user ri:account-id=\"abc123\"/> please, and<ri:user ri:username=\"dana\"/>.</p>"
        #expect(plain(source) == "Ping @abc123 please, and @dana.")
        #expect(plain(source, options: RenderOptions(userName: { $0.accountId == "abc123" ? "Ada Lovelace" : nil }))
                == "Ping @Ada Lovelace please, and @dana.")
    }

    /// A shortcut link (`ri:shortcut`, resolved by the site's own list) without a body shows `parameter@key`, as
    /// Confluence writes it, rather than nothing.
    @Test func aShortcutLinkShowsItsParameterAndKey() {
        let shortcut = "<ri:shortcut ri:key=\"google\" ri:parameter=\"confluence\"/>"
        #expect(plain("<p>Go to <ac:link>\(shortcut)</ac:link> now</p>") == "Go to confluence@google now")
        #expect(plain("<p>Go to <ac:link>\(shortcut)<ac:plain-text-link-body><![CDATA[search]]></ac:plain-text-link-body></ac:link></p>")
                == "Go to search")
    }

    /// A Cloud decision list is a list of decisions, its node names never shown, its fallback not repeated.
    @Test func decisionListsAreListsOfDecisions() {
        func item(_ content: String) -> String {
            "<ac:adf-node type=\"decision-item\"><ac:adf-attribute key=\"state\">DECIDED</ac:adf-attribute><ac:adf-content>\(content)</ac:adf-content></ac:adf-node>"
        }
        let source = "<ac:adf-extension><ac:adf-node type=\"decision-list\">" + item("We chose X") + item("And <em>Y</em>")
            + "</ac:adf-node><ac:adf-fallback><ul><li>We chose X</li></ul></ac:adf-fallback></ac:adf-extension>"
        #expect(plain(source) == "- Decision: We chose X\n- Decision: And Y")
        #expect(markdown(source) == "- **Decision:** We chose X\n- **Decision:** And *Y*\n")
        #expect(terminal(source) == ["• Decision: We chose X", "• Decision: And Y"])
        let open = source.replacingOccurrences(of: "DECIDED</ac:adf-attribute><ac:adf-content>We", with: "UNDECIDED</ac:adf-attribute><ac:adf-content>We")
        #expect(plain(open) == "- Undecided: We chose X\n- Decision: And Y")
    }

    /// A macro shown within its paragraph keeps the paragraph whole; the math add-on's inline formula is read.
    @Test func inlineMacrosStayInTheirParagraph() {
        func macro(_ name: String, _ inside: String) -> String {
            "<p>a <ac:structured-macro ac:name=\"\(name)\">\(inside)</ac:structured-macro> b</p>"
        }
        #expect(plain(macro("mathinline", "<ac:parameter ac:name=\"body\">E = mc^2</ac:parameter>")) == "a E = mc^2 b")
        #expect(markdown(macro("mathinline", "<ac:parameter ac:name=\"body\">E = mc^2</ac:parameter>")) == "a `E = mc^2` b\n")
        let inline = "<ac:parameter ac:name=\"atlassian-macro-output-type\">INLINE</ac:parameter>"
        #expect(markdown(macro("kbd", inline + "<ac:plain-text-body><![CDATA[Ctrl+C]]></ac:plain-text-body>")) == "a `Ctrl+C` b\n")
        #expect(plain(macro("fancy", inline + "<ac:rich-text-body><p>this</p></ac:rich-text-body>")) == "a [fancy] this b")
        #expect(plain(macro("fancy", inline)) == "a [fancy] b", "with no body, its marker alone")
        #expect(plain(macro("fancy", inline + "<ac:rich-text-body><p></p></ac:rich-text-body>")) == "a [fancy] b")
        #expect(plain(macro("kbd", inline + "<ac:plain-text-body><![CDATA[x\n  y]]></ac:plain-text-body>")) == "a\n\n[kbd]\nx\n  y\n\nb",
                "a text body of several lines keeps them, as a code block under the marker")
        #expect(plain(macro("mathinline", "<ac:plain-text-body><![CDATA[x^2]]></ac:plain-text-body>")) == "a x^2 b")
        #expect(plain(macro("fancy", "<ac:rich-text-body><p>this</p></ac:rich-text-body>")) == "a [fancy] this b",
                "unmarked (an older page), one after text in its paragraph is inline")
        #expect(plain(macro("fancy", "<ac:parameter ac:name=\"atlassian-macro-output-type\">BLOCK</ac:parameter>"
                            + "<ac:rich-text-body><p>this</p></ac:rich-text-body>")) == "a\n\n[fancy]\nthis\n\nb",
                "a macro said to be a block is one")
        #expect(plain("<p><ac:structured-macro ac:name=\"fancy\"><ac:rich-text-body><p>this</p></ac:rich-text-body></ac:structured-macro> b</p>")
                == "[fancy]\nthis\n\nb", "unmarked and first in its paragraph, a block")
    }

    @Test func imagesShowAltTextFileNameAndCaption() {
        let source = "<ac:image ac:alt=\"alt\"><ri:attachment ri:filename=\"rock.jpg\" /><ac:caption><p>A <em>rock</em></p></ac:caption></ac:image>"
        #expect(plain(source) == "[image: alt (rock.jpg)] A rock")
        // An alt text that is the file name is said once; inline bytes (`data:`) are no name to show.
        #expect(plain("<ac:image ac:alt=\"rock.jpg\"><ri:attachment ri:filename=\"rock.jpg\" /></ac:image>") == "[image: rock.jpg]")
        #expect(plain("<ac:image ac:alt=\"A  rock\"><ri:attachment ri:filename=\"rock.jpg\" /><ac:caption><p>A <em>rock</em></p></ac:caption></ac:image>")
            == "[image: rock.jpg] A rock", "alt text the caption repeats is read once")
        #expect(plain("<p><img src=\"data:image/png;base64,AAAA\" alt=\"logo\"/> <img src=\"Data:x\"/></p>") == "[image: logo] [image: embedded]")
        #expect(plain("<ac:image ac:alt=\"a&#10;b\"><ri:attachment ri:filename=\"\"/></ac:image>") == "[image: a b]", "on one line, no empty name")
        #expect(markdown(source) == "![alt](rock.jpg) *A rock*\n")
        // The caption is italic as a text is: spaces at its edges stay outside the stars.
        let spaced = "<ac:image><ri:attachment ri:filename=\"f.png\" /><ac:caption><p>Figure 1&nbsp;</p></ac:caption></ac:image>"
        #expect(markdown(spaced) == "![f.png](f.png) *Figure 1*\u{A0}\n")
    }

    @Test func figuresStandAsParagraphsAndInlineImagesStayInTheirText() {
        let figures = "<p>Photos</p><ac:image ac:layout=\"center\"><ri:attachment ri:filename=\"a.jpg\" /><ac:caption><p>One.</p></ac:caption></ac:image>"
            + "<ac:image ac:layout=\"center\"><ri:attachment ri:filename=\"b.jpg\" /></ac:image><ac:image><ri:attachment ri:filename=\"c.jpg\" /><ac:caption><p>Three</p></ac:caption></ac:image>"
        #expect(plain(figures) == "Photos\n\n[image: a.jpg] One.\n\n[image: b.jpg]\n\n[image: c.jpg] Three")
        let inline = "<p>Press <ac:image><ri:attachment ri:filename=\"key.png\" /></ac:image> then go.</p>"
        #expect(plain(inline) == "Press [image: key.png] then go.")
        let heading = "<h2>Intro <ac:image><ri:attachment ri:filename=\"a.png\" /><ac:caption><p>Cap</p></ac:caption></ac:image> on</h2>"
        #expect(markdown(heading) == "## Intro ![a.png](a.png) *Cap* on\n", "a figure in a heading stays in its line")
    }

    @Test func emoticonsUseFallbackThenNameThenShortname() {
        #expect(plain("<p><ac:emoticon ac:name=\"smile\" ac:emoji-fallback=\"🙂\" /></p>") == "🙂")
        #expect(plain("<p><ac:emoticon ac:name=\"tick\" /></p>") == "✅")
        #expect(plain("<p><ac:emoticon ac:emoji-id=\"1f680\" /></p>") == "🚀")
        #expect(plain("<p><ac:emoticon ac:name=\"mystery\" /></p>") == ":mystery:")
    }

    @Test func statusShowsTitleNotColour() {
        let source = "<p><ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"colour\">Blue</ac:parameter><ac:parameter ac:name=\"title\">In review</ac:parameter></ac:structured-macro></p>"
        #expect(parse(source).blocks == [.paragraph([.status(Status(title: "In review", colour: .blue))])])
        #expect(plain(source) == "[In review]")
    }

    @Test func timeShowsItsDate() {
        #expect(plain("<p>Due <time datetime=\"2024-01-31\" /></p>") == "Due 2024-01-31")
        for datetime in ["soon", "", "2024", "1"] {
            #expect(plain("<p>Due <time datetime=\"\(datetime)\">Friday</time></p>") == "Due Friday", "a datetime that is no date gives way to the text")
        }
        #expect(plain("<p>A <time datetime=\"2024-5-1\"/> B <time datetime=\"20240501\"/> C <time datetime=\"\"/> D</p>")
            == "A 2024-5-1 B 20240501 C D", "with no text, a datetime that is no date shows as written")
    }

    /// A date or Jira key reads as a word of its own, as the lozenge Confluence draws it in parts it from its neighbours.
    @Test func aDateOrJiraKeyWrittenAgainstAWordIsPartedFromIt() {
        let jira = "<ac:structured-macro ac:name=\"jira\"><ac:parameter ac:name=\"key\">AB-1</ac:parameter></ac:structured-macro>"
        #expect(plain("<p>proident<time datetime=\"2023-01-18\" />x, <time datetime=\"2023-01-19\" />.</p>")
                == "proident 2023-01-18 x, 2023-01-19.")
        #expect(plain("<p>fix\(jira)\(jira)ed (\(jira))</p>") == "fix AB-1 AB-1 ed (AB-1)")
        #expect(plain("<p><strong>日付</strong><time datetime=\"2023-01-18\" />&#233;t&#233;</p>") == "日付 2023-01-18 été")
        #expect(plain("<p>a<time datetime=\"2023-01-18\" /></p><p>b</p>") == "a 2023-01-18\n\nb", "nothing carries into the next paragraph")
    }

    @Test func jiraShowsKeyOnlyNeverServerOrQuery() {
        let source = "<p><ac:structured-macro ac:name=\"jira\"><ac:parameter ac:name=\"server\">Corp JIRA</ac:parameter><ac:parameter ac:name=\"serverId\">520ce16e</ac:parameter><ac:parameter ac:name=\"key\">ABC-12</ac:parameter></ac:structured-macro></p>"
        #expect(plain(source) == "ABC-12")
        let query = "<ac:structured-macro ac:name=\"jira\"><ac:parameter ac:name=\"jqlQuery\">project = X</ac:parameter></ac:structured-macro>"
        #expect(plain(query) == "[jira issues]")
    }

    @Test func tocIsGeneratedFromHeadings() {
        let source = "<ac:structured-macro ac:name=\"toc\"><ac:parameter ac:name=\"maxLevel\">2</ac:parameter></ac:structured-macro><h1>One</h1><h2>Two</h2><h3>Three</h3>"
        #expect(plain(source).hasPrefix("One\n  Two\n\nOne"))
        #expect(plain("<ac:structured-macro ac:name=\"toc\" />") == "[toc]")
        #expect(markdown(source).hasPrefix("- [One](#one)\n  - [Two](#two)\n"))
    }

    @Test func onlyTheFirstTableOfContentsListsTheHeadings() {
        let toc = "<ac:structured-macro ac:name=\"toc\" />"
        let source = toc + "<h1>One</h1>" + toc + "<h2>Two</h2>"
        #expect(plain(source) == "One\n  Two\n\nOne\n\n[toc]\n\nTwo")
        #expect(markdown(source).contains("- [One](#one)\n  - [Two](#two)\n"))
        #expect(markdown(source).contains("\\[toc\\]"))
        #expect(terminal(source).filter { $0 == "[toc]" }.count == 1)
    }

    @Test func childrenMacroListsThePageChildrenUnlessItNamesAnotherPage() {
        #expect(parse(childrenMacro).childrenListing != nil)
        #expect(parse("<ul><li><p>Below:</p>" + childrenMacro + "</li></ul>").childrenListing != nil)
        #expect(parse("<p>No macro</p>").childrenListing == nil)
        let elsewhere = "<ac:structured-macro ac:name=\"children\"><ac:parameter ac:name=\"page\"><ac:link><ri:page ri:content-title=\"Runbooks\" /></ac:link></ac:parameter></ac:structured-macro>"
        #expect(parse(elsewhere).childrenListing == nil)
        #expect(plain(elsewhere, options: RenderOptions(childPages: ["Install"].map { ChildPage(title: $0) })) == "[children: Runbooks]")
    }

    @Test func unknownMacroKeepsBodyUnderMarker() {
        let source = "<ac:structured-macro ac:name=\"fancy-box\"><ac:parameter ac:name=\"colour\">#ff0000</ac:parameter><ac:rich-text-body><p>Keep me</p></ac:rich-text-body></ac:structured-macro>"
        #expect(plain(source) == "[fancy-box]\nKeep me")
        #expect(!plain(source).contains("#ff0000"))
        let text = "<ac:structured-macro ac:name=\"sql-query\"><ac:parameter ac:name=\"datasource\">prod</ac:parameter>"
            + "<ac:plain-text-body><![CDATA[SELECT *\n  FROM users]]></ac:plain-text-body></ac:structured-macro>"
        #expect(plain(text) == "[sql-query]\nSELECT *\n  FROM users", "a text body, kept exactly under the marker in every format")
        #expect(markdown(text) == "\\[sql-query\\]\n\n```\nSELECT *\n  FROM users\n```\n")
        #expect(terminal(text).first == "[sql-query]")
    }

    @Test func anAnchorFirstInAParagraphLeavesTheMacrosAfterItBlocks() {
        let widget = { (name: String) in "<ac:structured-macro ac:name=\"\(name)\"><ac:rich-text-body><p>\(name) body</p></ac:rich-text-body></ac:structured-macro>" }
        let anchor = "<ac:structured-macro ac:name=\"anchor\"><ac:parameter ac:name=\"\">here</ac:parameter></ac:structured-macro>"
        #expect(plain("<p>\(anchor)\(widget("a"))\(widget("b"))</p>") == "[a]\na body\n\n[b]\nb body", "an anchor shows nothing, so no text comes before them")
        #expect(plain("<p>Text \(anchor)\(widget("a"))</p>") == "Text [a] a body")
    }

    @Test func placeholdersDropAndCommentMarkersAreTransparent() {
        let source = "<p>A <ac:placeholder>type here</ac:placeholder>B <ac:inline-comment-marker ac:ref=\"x\">C</ac:inline-comment-marker> D</p>"
        #expect(plain(source) == "A B C D")
    }

    @Test func anInlineExcerptStaysWithinItsParagraph() {
        let excerpt = "<ac:structured-macro ac:name=\"excerpt\"><ac:parameter ac:name=\"atlassian-macro-output-type\">INLINE</ac:parameter>"
            + "<ac:rich-text-body><p>ready to ship</p></ac:rich-text-body></ac:structured-macro>"
        #expect(plain("<p>Status: \(excerpt) today.</p>") == "Status: ready to ship today.")
        #expect(plain("<p>Status: \(excerpt.replacingOccurrences(of: "INLINE", with: "BLOCK")) today.</p>") == "Status:\n\nready to ship\n\ntoday.")
    }

    @Test func anchorsAndDefaultParametersNeverShow() {
        let source = "<h2><ac:macro ac:name=\"anchor\"><ac:default-parameter>secret-anchor</ac:default-parameter></ac:macro> Title</h2>"
        #expect(plain(source) == "Title")
    }

    @Test func blockQuotes() {
        #expect(plain("<blockquote><p>Quoted</p></blockquote>") == "> Quoted")
        #expect(markdown("<blockquote><p>Quoted</p></blockquote>") == "> Quoted\n")
        #expect(terminal("<blockquote><p>Quoted</p></blockquote>") == ["│ Quoted"])
    }

    @Test func preKeepsWhitespace() {
        #expect(parse("<pre>  a\n    b</pre>").blocks == [.code(CodeBlock(text: "  a\n    b"))])
    }

    @Test func entitiesDecode() {
        #expect(plain("<p>a&nbsp;b &rarr; &auml; &#x1F600; &#169; &amp;amp; &unknown; &lt</p>") == "a\u{A0}b → ä 😀 © &amp; &unknown; <")
    }

    @Test func legacyEmoticonImages() {
        #expect(plain("<p><img class=\"emoticon emoticon-warning\" alt=\"(warning)\" /></p>") == "⚠️")
    }

    @Test func includeMacroNamesItsPage() {
        let source = "<ac:structured-macro ac:name=\"include\"><ac:parameter ac:name=\"\"><ac:link><ri:page ri:content-title=\"Shared part\" /></ac:link></ac:parameter></ac:structured-macro>"
        #expect(plain(source) == "[include: Shared part]")
    }

    /// Text read flat (code from a rich body, a record's label) names a link without a body as the link itself shows.
    @Test func flattenedTextNamesLinksWithoutABody() {
        let code = "<ac:structured-macro ac:name=\"code\"><ac:rich-text-body><p>see <ac:link><ri:page ri:content-title=\"Setup Guide\"/>"
            + "</ac:link> then ping <ac:link><ri:user ri:account-id=\"u1\"/></ac:link></p></ac:rich-text-body></ac:structured-macro>"
        #expect(plain(code) == "see Setup Guide then ping @u1")
        let table = "<table><tr><th><ac:link><ri:page ri:content-title=\"Owner page\"/></ac:link></th><th><ac:link><ri:user ri:account-id=\"u1\"/>"
            + "</ac:link> due</th></tr><tr><td><ul><li>a</li></ul></td><td>b</td></tr></table>"
        let named = RenderOptions(userName: { _ in "Ada" })
        #expect(terminal(table, width: 12, options: named) == ["Owner page:", "  • a", "@Ada due:", "  b"])
    }
}
