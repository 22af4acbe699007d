import Testing
import TestSupport
@testable import StorageFormat

/// Terminal layout: wrapping by display width, code overflow, tables and frames.
struct TerminalLayoutTests {
    /// A list marker wider than the line goes on over more lines, as a long word does, so a task keeps its state and a
    /// number its digits even one column wide.
    @Test func aMarkerWiderThanTheLineIsKeptWhole() {
        let task = "<ac:task-list><ac:task><ac:task-status>complete</ac:task-status><ac:task-body>ab</ac:task-body></ac:task></ac:task-list>"
        #expect(terminal(task, width: 1) == ["[", "x", "]", "a", "b"])
        #expect(terminal(task, width: 2) == ["[x", "]", "ab"])
        #expect(terminal("<ol start=\"12\"><li>x</li></ol>", width: 2) == ["12", ".", "x"])
    }

    @Test func wrapsByDisplayWidth() {
        let lines = parse("<p>가나다 라마바 사아자 차카타</p>").terminalLines(width: 8)
        #expect(lines.map(\.text) == ["가나다", "라마바", "사아자", "차카타"])
        #expect(lines.allSatisfy { $0.width <= 8 && $0.overflow == .wrapped })
    }

    @Test func longWordsSplitBetweenClusters() {
        #expect(terminal("<p>abcdefghij</p>", width: 4) == ["abcd", "efgh", "ij"])
        #expect(terminal("<p>가나다라마</p>", width: 5) == ["가나", "다라", "마"])
    }

    @Test func clustersWiderThanTheLineStayWhole() {
        #expect(terminal("<p>가나 x</p>", width: 1) == ["가", "나", "x"])
        #expect(terminal("<p>a\u{301}b\u{301}c</p>", width: 2) == ["a\u{301}b\u{301}", "c"])
    }

    @Test func aLongWordOfFlagsIsNeverCutBetweenAFlagsTwoIndicators() {
        let flags = String(repeating: "🇯🇵🇰🇷", count: 5)
        #expect(terminal("<p>\(flags)</p>", width: 5) == Array(repeating: "🇯🇵🇰🇷", count: 5))
        #expect(terminal("<p>\(flags)</p>", width: 1) == Array(repeating: ["🇯🇵", "🇰🇷"], count: 5).flatMap { $0 })
    }

    @Test func softHyphensShowOnlyWhereALineBreaksAtThem() {
        let word = "<p>Donau&shy;dampf&shy;schiff&shy;fahrt</p>"
        #expect(terminal(word) == ["Donaudampfschifffahrt"])
        #expect(terminal(word, width: 12) == ["Donaudampf-", "schifffahrt"])
        // The hyphen needs a cell of its own: `Donaudampf-` does not fit in 10.
        #expect(terminal(word, width: 10) == ["Donau-", "dampf-", "schiff-", "fahrt"])
        #expect(terminal("<p>ab <strong>Ver&shy;lag</strong></p>", width: 6) == ["ab", "Verlag"])
        #expect(terminal("<p>ab <strong>Ver&shy;lag</strong></p>", width: 5) == ["ab", "Ver-", "lag"])
        let lines = parse("<p>x <em>Ver&shy;lag</em></p>").terminalLines(width: 4)
        #expect(lines.map(\.text) == ["x", "Ver-", "lag"])
        #expect(lines[1].runs == [StyledRun("Ver-", RunStyle(attributes: .italic))])
    }

    @Test func cjkTextBreaksBetweenCharactersButNotBeforeClosingOrAfterOpeningPunctuation() {
        #expect(terminal("<p>日本語の文章です。</p>", width: 8) == ["日本語の", "文章で", "す。"])
        // `、` may not start a line, so `は` goes down with it; `「` may not end one.
        #expect(terminal("<p>これは、とても</p>", width: 6) == ["これ", "は、と", "ても"])
        #expect(terminal("<p>あいう「括弧」</p>", width: 8) == ["あいう", "「括弧」"])
        // Latin text and CJK share a line, breaking at the space or between the scripts.
        #expect(terminal("<p>Confluence は日本語</p>", width: 16) == ["Confluence は日", "本語"])
        #expect(terminal("<p>API設計のガイド</p>", width: 9) == ["API設計の", "ガイド"])
        // Hangul is written with spaces and breaks only there.
        #expect(terminal("<p>한국어 문장입니다</p>", width: 12) == ["한국어", "문장입니다"])
    }

    @Test func aZeroWidthSpaceIsABreakOpportunity() {
        #expect(terminal("<p>abc\u{200B}defgh</p>", width: 6) == ["abc\u{200B}", "defgh"])
    }

    @Test func breaksKeepScriptsAndGlueApart() {
        // Hangul beside Hanja keeps its word whole; the ideographs still break.
        #expect(terminal("<p>日本한국어</p>", width: 6) == ["日本", "한국어"])
        // An ellipsis never starts a line; a no-break space holds its neighbours; a mark keeps its base's rule.
        #expect(terminal("<p>日本語……</p>", width: 6) == ["日本", "語……"])
        #expect(terminal("<p>合計100\u{A0}円</p>", width: 8) == ["合計", "100\u{A0}円"])
        #expect(terminal("<p>あ(\u{301}日本</p>", width: 4) == ["あ", "(\u{301}日", "本"])
        // A soft hyphen ending a span still lets the full line break before it.
        #expect(terminal("<p><b>Donau&shy;dampf&shy;</b>schiff</p>", width: 10) == ["Donau-", "dampf-", "schiff"])
    }

    @Test func splitWordsKeepTheKinsokuRulesWhereTheLineAllowsIt() {
        #expect(terminal("<p>hello！</p>", width: 5) == ["hell", "o！"])
        #expect(terminal("<p>x«abc</p>", width: 2) == ["x", "«a", "bc"])
        // Words a no-break space joins break there as a last resort, rather than inside a word; the space goes.
        #expect(terminal("<p>abcd&nbsp;ef</p>", width: 4) == ["abcd", "ef"])
        #expect(terminal("<p>alpha&#160;beta&#160;gamma&#160;delta&#160;epsilon</p>", width: 20)
            == ["alpha\u{A0}beta\u{A0}gamma", "delta\u{A0}epsilon"])
        #expect(terminal("<p>one two&#160;three&#160;four</p>", width: 12) == ["one", "two\u{A0}three", "four"],
                "a space is still the better break; the no-break space serves the line after it")
        #expect(terminal("<p>a (<b>x&#160;y</b></p>", width: 4) == ["a", "(x\u{A0}y"], "a break before the joined words comes first")
        // A status and a user's name break at their spaces only when they do not fit a line of their own.
        let status = "<p>Build is <ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\">In progress</ac:parameter>"
            + "</ac:structured-macro> now</p>"
        #expect(terminal(status, width: 16) == ["Build is", "[In progress]", "now"])
        #expect(terminal(status, width: 12) == ["Build is [In", "progress]", "now"], "too long for a line: breaks as text does")
        let mention = "<p>Ask the (<ac:link><ri:user ri:account-id=\"a1\" /></ac:link>) today</p>"
        let named = parse(mention).terminalLines(width: 16, options: RenderOptions(userName: { _ in "Ada Lovelace" }))
        #expect(named.map(\.text) == ["Ask the", "(@Ada Lovelace)", "today"])
        // Where no place on the line allows a cut, the line is cut where it fills.
        #expect(terminal("<p>！！！！！！</p>", width: 4) == ["！！", "！！", "！！"])
        // ASCII punctuation (in URLs, paths) is cut right where the line fills.
        #expect(terminal("<p>a.b.c.d</p>", width: 3) == ["a.b", ".c.", "d"])
    }

    @Test func splitWordsAreCutOnlyBetweenWholeClusters() {
        #expect(terminal("<p>ab©\u{FE0F}cd</p>", width: 3) == ["ab", "©\u{FE0F}c", "d"])
        #expect(terminal("<p>กำกำกำ</p>", width: 1) == ["กำ", "กำ", "กำ"])
        #expect(terminal("<p>क्षिक्षि</p>", width: 2) == ["क्षि", "क्षि"])
        #expect(terminal("<p>x👩‍💻👩‍💻</p>", width: 2) == ["x", "👩‍💻", "👩‍💻"])
    }

    @Test func emojiBreakLikeIdeographsAndIdeographicSpacesLikeSpaces() {
        #expect(terminal("<p>ab😀cd</p>", width: 3) == ["ab", "😀", "cd"])
        #expect(terminal("<p>😀😀！</p>", width: 4) == ["😀", "😀！"])
        #expect(terminal("<p>👩‍💻👩‍💻日本</p>", width: 4) == ["👩‍💻👩‍💻", "日本"])
        #expect(terminal("<p>コーヒー\u{3000}ブレイク</p>", width: 8) == ["コーヒー", "ブレイク"])
        // A paragraph's opening ideographic space is its indent, kept.
        #expect(terminal("<p>\u{3000}字下げの段落です。</p>", width: 8) == ["\u{3000}字下げ", "の段落で", "す。"])
        // A run of ideographic spaces all goes at a break, also after a word split for want of one.
        #expect(terminal("<p>abc\u{3000}\u{3000}def</p>", width: 4) == ["abc", "def"])
        #expect(terminal("<p>abcd\u{3000}xy</p>", width: 2) == ["ab", "cd", "xy"])
        #expect(terminal("<p>abcdefghij\u{3000}「テスト」</p>", width: 7) == ["abcdefg", "hij", "「テス", "ト」"])
        // A soft hyphen is no break where what follows may not start a line.
        #expect(terminal("<p>日本&shy;」です</p>", width: 5) == ["日", "本」", "です"])
    }

    @Test func flagsBreakLikeEmojiButNeverBetweenTheirTwoIndicators() {
        #expect(terminal("<p>xx aaaa🇯🇵bbbb</p>", width: 12) == ["xx aaaa🇯🇵", "bbbb"])
        #expect(terminal("<p>aaaa🇯🇵bbbb</p>", width: 8) == ["aaaa🇯🇵", "bbbb"])
        #expect(terminal("<p>🇯🇵🇰🇷🇫🇷 a</p>", width: 5) == ["🇯🇵🇰🇷", "🇫🇷 a"])
        #expect(terminal("<p>a<b>🇯🇵</b>🇰🇷b</p>", width: 3) == ["a🇯🇵", "🇰🇷b"], "a flag closed in one span, the next in another")
        // A table column is as narrow as one flag, and a joined emoji sequence stays one cluster there too.
        let table = "<table><tr><td>🇯🇵🇰🇷🇫🇷</td><td>👩‍👩‍👧</td><td>\(String(repeating: "word ", count: 30))</td></tr></table>"
        let lines = terminal(table, width: 24)
        #expect(["🇯🇵", "🇰🇷", "🇫🇷"].allSatisfy { flag in lines.contains { $0.hasPrefix("│ \(flag) ") } }, "one flag a line: \(lines)")
        #expect(lines.contains { $0.contains("👩‍👩‍👧") }, "\(lines)")
    }

    @Test func ideographicSpacesGoWithEveryBreakTheWrapperMakes() {
        #expect(terminal("<p>日本 <em>&#x3000;語</em></p>", width: 4) == ["日本", "語"], "after a space in another span")
        #expect(terminal("<p><strong>aaaa </strong>&#x3000;bbbb</p>", width: 4) == ["aaaa", "bbbb"])
        #expect(terminal("<p><strong>ab </strong>&#x3000;</p>", width: 2) == ["ab"], "no line of its own")
        #expect(terminal("<p>日&#x3000;ab</p>", width: 1) == ["日", "a", "b"], "after a cluster wider than the line")
        // An indent, at the paragraph's start or after a line break of the content's, stays.
        #expect(terminal("<p>a<br/>&#x3000;b</p>", width: 8) == ["a", "\u{3000}b"])
    }

    @Test func anIdeographicSpaceIndentingACellIsMeasuredWithItsWord() {
        let lines = terminal("<table><tr><td>\(String(repeating: "ab ", count: 12))</td><td>&#x3000;</td><td>\(String(repeating: "cd ", count: 12))</td></tr></table>",
                             width: 30)
        #expect(lines.contains { $0.contains("│ \u{3000} │") } && !lines.contains { $0.contains("…") }, "the cell is shown whole: \(lines)")
    }

    @Test func tableColumnsMeasureEmojiWithTheirSelectors() {
        let lines = terminal("<table><tr><td>❤️❤️❤️</td><td>x</td></tr></table>", width: 20)
        #expect(lines == ["┌────────┬───┐", "│ ❤️❤️❤️ │ x │", "└────────┴───┘"])
    }

    @Test func cjkAtEveryNarrowWidthFitsAndLosesNothing() {
        let text = "日本語の「文章」です。これは、テスト。Confluence と 한국어 Donau&shy;dampf 日本\u{200B}語"
        let expected = text.replacingOccurrences(of: "&shy;", with: "").filter { $0 != " " && $0 != "\u{200B}" }
        for width in 1...12 {
            let lines = parse("<p>\(text)</p>").terminalLines(width: width)
            for line in lines {
                let measured = LineTools.width(of: line.text)
                #expect(measured == line.width && measured <= max(width, 2), "width \(width): \(line.text)")
            }
            let written = lines.map { $0.text.hasSuffix("-") ? String($0.text.dropLast()) : $0.text }.joined()
            #expect(written.filter { $0 != " " && $0 != "\u{200B}" } == expected, "width \(width)")
        }
    }

    @Test func latinParagraphsWrapGreedily() {
        // Words of letters and punctuation (one with an accent now and then, which the one-pass ASCII
        // measure leaves to the general one), some longer than the line, some in bold spans.
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789.,;:()-'é")
        var generator = SplitMix64(seed: 14)
        for _ in 0..<400 {
            let width = Int.random(in: 1...40, using: &generator)
            let words = (0..<Int.random(in: 1...30, using: &generator)).map { _ in
                String((0..<Int.random(in: 1...(width + 4), using: &generator)).map { _ in
                    letters.randomElement(using: &generator)!
                })
            }
            var body = ""
            for (index, word) in words.enumerated() {
                if index > 0 { body += " " }
                body += Bool.random(using: &generator) && Bool.random(using: &generator) ? "<strong>\(word)</strong>" : word
            }
            #expect(terminal("<p>\(body)</p>", width: width) == greedyLines(words, width: width), "width \(width): \(body)")
        }
    }

    /// Lines filled greedily, a word wider than the line split into lines of `width` letters, or fewer, through its
    /// last hyphen in the line's second half.
    private func greedyLines(_ words: [String], width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in words {
            if !line.isEmpty && line.count + 1 + word.count <= width {
                line += " " + word
                continue
            }
            if !line.isEmpty { lines.append(line) }
            line = word
            while line.count > width {
                let letters = Array(line)
                let hyphen = (0..<width).last { letters[$0] == "-" && 2 * ($0 + 1) >= width }
                let cut = hyphen.map { $0 + 1 } ?? width
                lines.append(String(letters[..<cut]))
                line = String(letters[cut...])
            }
        }
        return lines + [line]
    }

    /// A word too long for the line is cut after a hyphen or a slash in the line's second half, as a browser breaks it,
    /// and right where the line fills when there is none.
    @Test func aLongWordIsCutAfterAHyphenOrSlash() {
        #expect(terminal("<p>hyphen-ated-very-long-compound-word-that-needs-breaking ok</p>", width: 20)
                == ["hyphen-ated-very-", "long-compound-word-", "that-needs-breaking", "ok"])
        #expect(terminal("<p>https://example.com/wiki/spaces/ENGINEERING/pages/123456</p>", width: 20)
                == ["https://example.com/", "wiki/spaces/", "ENGINEERING/pages/", "123456"])
        #expect(terminal("<p>a-bcdefghijklmnopqrstuvwxyz</p>", width: 10) == ["a-bcdefghi", "jklmnopqrs", "tuvwxyz"])
    }

    @Test func stylesSurviveWrapping() {
        let lines = parse("<p>plain <strong>bold words here</strong></p>").terminalLines(width: 10)
        #expect(lines.map(\.text) == ["plain bold", "words here"])
        #expect(lines[1].runs == [StyledRun("words here", RunStyle(attributes: .bold))])
    }

    @Test func codeIsNotWrappedButScrollable() {
        let source = "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[\tlong line that is wider than ten]]></ac:plain-text-body></ac:structured-macro>"
        let lines = parse(source).terminalLines(width: 10)
        #expect(lines.map(\.text) == ["    long line that is wider than ten"])
        #expect(lines[0].overflow == .scrollable)
    }

    @Test func codeShowsItsTitleAndLanguage() {
        func code(_ parameters: String) -> String {
            "<ac:structured-macro ac:name=\"code\">" + parameters + "<ac:plain-text-body><![CDATA[x = 1]]></ac:plain-text-body></ac:structured-macro>"
        }
        let both = parse(code("<ac:parameter ac:name=\"language\">python</ac:parameter><ac:parameter ac:name=\"title\">Setup</ac:parameter>"))
            .terminalLines(width: 40)
        #expect(both.map(\.text) == ["Setup [python]", "x = 1"])
        #expect(both[0].runs == [StyledRun("Setup", RunStyle(role: .annotation, attributes: .bold)),
                                 StyledRun(" [python]", RunStyle(role: .annotation, attributes: .dim))])
        #expect(terminal(code("<ac:parameter ac:name=\"language\">bash</ac:parameter>"), width: 40) == ["[bash]", "x = 1"])
        #expect(terminal(code(""), width: 40) == ["x = 1"])
        let empty = "<p>a</p><ac:structured-macro ac:name=\"code\"><ac:parameter ac:name=\"language\">python</ac:parameter>"
            + "<ac:plain-text-body><![CDATA[]]></ac:plain-text-body></ac:structured-macro><p>b</p>"
        #expect(terminal(empty, width: 40) == ["a", "", "[python]", "", "b"], "an empty block is its heading alone")
    }

    @Test func aHeadingOfAnAnchorAloneTakesNoLines() {
        let anchored = "<p>a</p><h1><ac:structured-macro ac:name=\"anchor\"><ac:parameter ac:name=\"\">x</ac:parameter></ac:structured-macro></h1><p>b</p>"
        #expect(terminal(anchored, width: 40) == ["a", "", "b"], "no empty line, no underline of nothing")
    }

    @Test func codeInsideAFrameIsClipped() {
        let source = "<ac:structured-macro ac:name=\"info\"><ac:rich-text-body><ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[0123456789abcdef]]></ac:plain-text-body></ac:structured-macro></ac:rich-text-body></ac:structured-macro>"
        let lines = parse(source).terminalLines(width: 14)
        #expect(lines.map(\.text) == ["╭─ Info ─────╮", "│ 012345678… │", "╰────────────╯"])
        #expect(lines[1].overflow == .clipped)
        #expect(lines.allSatisfy { $0.width <= 14 })
    }

    /// For an output that cannot scroll (the command line on a terminal), code is cut at the width everywhere.
    @Test func codeIsClippedEverywhereWhenAsked() {
        let source = "<ul><li><ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[0123456789abcdef\n  gh]]>"
            + "</ac:plain-text-body></ac:structured-macro></li></ul>"
        let scrolled = parse(source).terminalLines(width: 10)
        #expect(scrolled.map(\.text) == ["• 0123456789abcdef", "  " + "  gh"])
        #expect(scrolled[0].overflow == .scrollable)
        let clipped = parse(source).terminalLines(width: 10, clipsCode: true)
        #expect(clipped.map(\.text) == ["• 0123456…", "    gh"])
        #expect(clipped[0].overflow == .clipped)
        #expect(clipped.allSatisfy { $0.width <= 10 })
    }

    @Test func framesNestedTooDeepForTheWidthBecomeRules() {
        let panel = { (inner: String) in "<ac:structured-macro ac:name=\"note\"><ac:rich-text-body>\(inner)</ac:rich-text-body></ac:structured-macro>" }
        let source = panel("<p>a</p>" + panel("<p>b</p>" + panel("<p>c</p>")))
        #expect(terminal(source, width: 18, options: RenderOptions(asciiBorders: true)) == [
            "+- Note ---------+",
            "| a              |",
            "|                |",
            "| +- Note -----+ |",
            "| | b          | |",
            "| |            | |",
            "| | -- Note -- | |",
            "| | c          | |",
            "| | ---------- | |",
            "| +------------+ |",
            "+----------------+",
        ])
    }

    /// A panel too narrow for a frame, or for the rule's lead beside its kind, still names its kind.
    @Test func aNarrowPanelKeepsItsKind() {
        let source = "<ac:structured-macro ac:name=\"info\"><ac:parameter ac:name=\"title\">Heads up</ac:parameter>"
            + "<ac:rich-text-body><p>b</p></ac:rich-text-body></ac:structured-macro>"
        let tops = [3, 4, 6, 7, 9].map { terminal(source, width: $0, options: RenderOptions(asciiBorders: true))[0] }
        #expect(tops == ["In>", "Info", "Info -", "-- Info", "-- Info -"])
    }

    /// A title the frame's top cannot hold is the panel's first block inside, set apart from the body by a blank line.
    @Test func aTitleTooLongForTheFrameIsSetApartInside() {
        let source = "<ac:structured-macro ac:name=\"info\"><ac:parameter ac:name=\"title\">Info title that is fairly long indeed"
            + "</ac:parameter><ac:rich-text-body><ul><li>item one</li></ul></ac:rich-text-body></ac:structured-macro>"
        #expect(terminal(source, width: 30) == ["╭─ Info ─────────────────────╮", "│ Info title that is fairly  │",
                                                "│ long indeed                │", "│                            │",
                                                "│ • item one                 │", "╰────────────────────────────╯"])
    }

    @Test func deepContainersNeverWidenALinePastTheWidth() {
        let kinds = ["<blockquote>%</blockquote>", "<ul><li>%</li></ul>", "<ol start=\"9\"><li>%</li></ol>",
                     "<ac:task-list><ac:task><ac:task-status>complete</ac:task-status><ac:task-body>%</ac:task-body></ac:task></ac:task-list>",
                     "<ac:structured-macro ac:name=\"info\"><ac:rich-text-body>%</ac:rich-text-body></ac:structured-macro>",
                     "<table><tr><th>Description of the setting</th><th>Default</th></tr><tr><td>%</td><td>x</td></tr></table>",
                     "<ac:structured-macro ac:name=\"expand\"><ac:parameter ac:name=\"title\">More</ac:parameter><ac:rich-text-body>%</ac:rich-text-body></ac:structured-macro>"]
        var source = "<p>innermost words wrap here</p>"
        for level in 0..<30 { source = kinds[level % kinds.count].replacingOccurrences(of: "%", with: "<p>level \(level)</p>" + source) }
        for width in [1, 5, 12, 30, 80] {
            let lines = parse(source).terminalLines(width: width)
            #expect(lines.allSatisfy { $0.width <= width }, "width \(width): \(lines.map(\.text).joined(separator: "\n"))")
            #expect(width < 4 || lines.contains { $0.text.contains("here") }, "width \(width)")
        }
    }

    @Test func itemsNestedTooDeepToIndentShowTheirMarkersOnALineOfTheirOwn() {
        let source = "<ul><li>a<ul><li>b<ol><li>c</li></ol></li></ul></li></ul>"
        #expect(terminal(source, width: 11) == ["• a", "  ◦ b", "    1. c"])
        #expect(terminal(source, width: 10) == ["• a", "  ◦ b", "    1.", "    c"])
    }

    @Test func tableWithSpansMergesCells() {
        let source = """
        <table><tr><th>A</th><th>B</th><th>C</th></tr>
        <tr><td colspan="2">wide</td><td rowspan="2">tall</td></tr>
        <tr><td>1</td><td>2</td></tr></table>
        """
        #expect(terminal(source) == [
            "┌───┬───┬──────┐",
            "│ A │ B │ C    │",
            "├───┴───┼──────┤",
            "│ wide  │ tall │",
            "├───┬───┤      │",
            "│ 1 │ 2 │      │",
            "└───┴───┴──────┘",
        ])
    }

    @Test func asciiBorders() {
        let source = "<table><tr><td>a</td><td>b</td></tr></table>"
        #expect(terminal(source, options: RenderOptions(asciiBorders: true)) == ["+---+---+", "| a | b |", "+---+---+"])
    }

    @Test func aLongWordIsKeptWholeWhileAnotherColumnCanWrap() {
        let path = "/v3/sites/{site}/zones/{zoneId}"
        let source = "<table><tr><td><code>\(path)</code></td><td>Create or replace a zone, or update the speed limits of one.</td></tr></table>"
        let lines = terminal(source, width: 60, options: RenderOptions(asciiBorders: true))
        #expect(lines.contains { $0.contains(path) }, "\(lines.joined(separator: "\n"))")
        #expect(lines.allSatisfy { $0.count <= 60 })
    }

    @Test func theChildrenMacroNamesTheChildrenTheCallerKnows() {
        #expect(terminal(childrenMacro) == ["[children]"])
        #expect(terminal(childrenMacro, options: RenderOptions(childPages: ["Install", "Emoji guide"].map { ChildPage(title: $0) })) == ["[children: Install, Emoji guide]"])
    }

    @Test func codeInACellWidensItsColumnBeforeProseDoes() {
        let code = "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[kubectl get pods -n prod]]></ac:plain-text-body></ac:structured-macro>"
        let source = "<table><tr><td>\(code)</td><td>Lists all the pods in the production namespace quickly</td></tr></table>"
        let lines = terminal(source, width: 60)
        #expect(lines.contains { $0.contains("kubectl get pods -n prod") }, "the code line is whole: \(lines.joined(separator: "\n"))")
    }

    @Test func aNestedTableWidensItsCellToBeDrawn() {
        let source = "<table><tr><td>outer<table><tr><td>inner</td></tr></table></td></tr></table>"
        #expect(terminal(source, width: 100, options: RenderOptions(asciiBorders: true))
            == ["+-----------+", "| outer     |", "|           |", "| +-------+ |", "| | inner | |", "| +-------+ |", "+-----------+"])
    }

    @Test func tooWideTablesBecomeRecords() {
        let source = "<table><tr><th>Name</th><th>Role</th><th>Team</th></tr><tr><td>Ada Lovelace</td><td>Engineer</td><td>Analytical</td></tr></table>"
        #expect(terminal(source, width: 14) == ["Name:", "  Ada Lovelace", "Role:", "  Engineer", "Team:", "  Analytical"])
    }

    @Test func tablesNestedDeeperThanThreeAreWrittenAsRecords() {
        // Each drawn level copies every line inside it, so ten nested tables drawn as boxes cost ten copies of the text.
        let source = "<table><tr><th>Outer</th></tr><tr><td><p>one</p><table><tr><td><p>two</p><table><tr><td><p>three</p>"
            + "<table><tr><th>Name</th><th>Team</th></tr><tr><td><p>four</p><table><tr><td>five</td></tr></table></td><td>blue</td></tr></table>"
            + "</td></tr></table></td></tr></table></td></tr></table>"
        // A nested table's columns and borders size the cell around it, which leaves no gap beside it. Past the third
        // level a table is sized as the records it is written as: its labels, and its cells indented under them.
        #expect(terminal(source, width: 40, options: RenderOptions(asciiBorders: true)) == [
            "+----------------------+",
            "| Outer                |",
            "+----------------------+",
            "| one                  |",
            "|                      |",
            "| +------------------+ |",
            "| | two              | |",
            "| |                  | |",
            "| | +--------------+ | |",
            "| | | three        | | |",
            "| | |              | | |",
            "| | | Name:        | | |",
            "| | |   four       | | |",
            "| | |              | | |",
            "| | |   Column 1:  | | |",
            "| | |     five     | | |",
            "| | | Team:        | | |",
            "| | |   blue       | | |",
            "| | +--------------+ | |",
            "| +------------------+ |",
            "+----------------------+",
        ])
    }

    /// A header row below the first rows (a section's title) is written unlabelled, not dropped with the label rows.
    @Test func recordsKeepAHeaderRowFurtherDown() {
        let source = "<table><tr><th>A</th><th>B</th></tr><tr><td><p>x</p><p>y</p></td><td>z</td></tr>"
            + "<tr><th>Section two</th><th>more</th></tr><tr><td>q</td><td>r</td></tr></table>"
        #expect(terminal(source, width: 12) == ["A:", "  x", "", "  y", "B:", "  z", "────────────", "Section two", "more",
                                                "────────────", "A:", "  q", "B:", "  r"])
    }

    @Test func recordsShowSpanningCellsInEveryRowTheyCoverUnderAllTheirColumns() {
        let source = "<table><tr><th>Plan</th><th>Req</th><th>Burst</th><th>Creates</th></tr>"
            + "<tr><td>Starter</td><td>600</td><td>60</td><td rowspan=\"2\">60</td></tr><tr><td>Growth</td><td>3,000</td><td>300</td></tr>"
            + "<tr><td>Enterprise</td><td colspan=\"2\">negotiated</td><td>600</td></tr></table>"
        let lines = terminal(source, width: 24)
        #expect(Array(lines.drop { $0 != "  Growth" }.prefix(7)) == ["  Growth", "Req:", "  3,000", "Burst:", "  300", "Creates:", "  60"])
        #expect(Array(lines.drop { $0 != "  Enterprise" }.prefix(5)) == ["  Enterprise", "Req, Burst:", "  negotiated", "Creates:", "  600"])
        // One cell across every column names the first and the last.
        #expect(terminal("<table><tr><td colspan=\"99999\">x</td></tr></table>", width: 40) == ["Column 1 to Column 128:", "  x"])
    }

    /// A merged cell widens the columns it spans toward its words and line, so they are not cut while the width has room.
    @Test func aSpanningCellWidensItsColumns() {
        let source = "<table><tr><th>K</th><th>V</th></tr><tr><td colspan=\"2\">a long merged description spanning</td></tr></table>"
        #expect(terminal(source, width: 80) == [
            "┌──────────────────┬─────────────────┐",
            "│ K                │ V               │",
            "├──────────────────┴─────────────────┤",
            "│ a long merged description spanning │",
            "└────────────────────────────────────┘",
        ])
        // Narrower, the columns still take the room there is, and the cell wraps between words, not inside them.
        let narrow = terminal(source, width: 24)
        #expect(narrow.allSatisfy { $0.count <= 24 })
        #expect(narrow.contains("│ a long merged        │") && narrow.contains("│ description spanning │"), "\(narrow)")
    }

    @Test func recordsKeepHeaderCellsBold() {
        let header = RunStyle(role: .tableHeader, attributes: .bold)
        let lines = parse("<table><tr><th>Name</th><td>Ada Lovelace</td><td>Analytical Engine</td></tr></table>").terminalLines(width: 14)
        #expect(lines.map(\.text) == ["Column 1:", "  Name", "Column 2:", "  Ada Lovelace", "Column 3:", "  Analytical", "  Engine"])
        #expect(lines[1].runs == [StyledRun("  "), StyledRun("Name", header)])
        #expect(lines[3].runs == [StyledRun("  Ada Lovelace")])  // the indent and the text share the plain style
        #expect(lines[0].runs == [StyledRun("Column 1:", header)])
    }

    @Test func aTableOfHeadersAloneWritesItsLabellingRowOnce() {
        #expect(terminal("<p>a</p><table><tr><th>supercalifragilistic</th></tr></table><p>b</p>", width: 10)
                == ["a", "", "supercalif", "ragilistic", "", "b"])
        let two = "<table><tr><th>Name</th><th>Owner of the service</th></tr><tr><th>api</th><th>platform team</th></tr></table>"
        #expect(terminal(two, width: 12) == ["Name", "Owner of the", "service", "────────────", "Name:", "  api", "Owner of the",
                                             "service:", "  platform", "  team"])
    }

    @Test func nestedListsIndent() {
        #expect(terminal("<ul><li>a<ol><li>b</li></ol></li></ul>") == ["• a", "  1. b"])
    }

    @Test func headingUnderline() {
        #expect(terminal("<h1>Top</h1><h3>Small</h3>") == ["Top", "═══", "", "Small"])
    }

    /// HTML lets a colspan run into an earlier cell's rowspan; the grid keeps the later cell out of the earlier one's
    /// slots, so the borders meet and no line passes the width.
    @Test func overlappingSpansDrawAsAGrid() {
        let source = "<table><tr><td>a</td><td colspan=\"2\" rowspan=\"2\">b</td></tr><tr><td colspan=\"2\">c</td><td>d</td></tr></table>"
        #expect(terminal(source, width: 40) == ["┌───┬───────┬───┐", "│ a │ b     │   │", "├───┤       ├───┤", "│ c │       │ d │", "└───┴───────┴───┘"])
        var seed: UInt64 = 7
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % bound
        }
        for _ in 0..<300 {
            var table = "<table>"
            for _ in 0...next(4) {
                table += "<tr>"
                for _ in 0...next(4) {
                    table += "<td colspan=\"\(1 + next(3))\" rowspan=\"\(next(4))\">" + String(repeating: "x", count: 1 + next(12)) + "</td>"
                }
                table += "</tr>"
            }
            table += "</table>"
            for width in [20, 40, 90] {
                #expect(parse(table).terminalLines(width: width).allSatisfy { $0.width <= width }, "\(table) at width \(width)")
            }
        }
    }

    /// `rowspan="0"` spans the rest of the rows, so the cells below stay in their columns.
    @Test func aZeroRowSpanReachesTheLastRow() {
        let source = "<table><tr><td rowspan=\"0\">all</td><td>1</td></tr><tr><td>2</td></tr></table>"
        #expect(terminal(source, width: 40) == ["┌─────┬───┐", "│ all │ 1 │", "│     ├───┤", "│     │ 2 │", "└─────┴───┘"])
    }

    /// A record's label is its header on one line: a line break in the header is a space, measured as one.
    @Test func aRecordLabelWithALineBreakFitsTheWidth() {
        let source = "<table><tr><th>Name</th><th>Owner<br/>(responsible-team-name)</th></tr><tr><td>a</td><td>b</td></tr></table>"
        for width in 8...24 {
            let lines = parse(source).terminalLines(width: width)
            #expect(lines.allSatisfy { $0.width <= width }, "at width \(width)")
        }
        #expect(Array(terminal(source, width: 12).suffix(4)) == ["Owner", "(responsible", "-team-name):", "  b"])
    }

    /// Record labels read every header row: a group header over two columns names both, with their own headers.
    @Test func recordLabelsReadEveryHeaderRow() {
        let source = "<table><tr><th rowspan=\"2\">Name</th><th colspan=\"2\">Contact</th></tr><tr><th>Email</th><th>Phone</th></tr>"
            + "<tr><td>Alice Wonderland</td><td>alice@example.com</td><td>+1 555 0100</td></tr></table>"
        #expect(terminal(source, width: 30) == ["Name:", "  Alice Wonderland", "Contact Email:", "  alice@example.com", "Contact Phone:", "  +1 555 0100"])
    }

    /// A row span ends with its row group (`thead`, `tbody`, `tfoot`), as HTML's does, so the rows below keep their columns.
    @Test func aRowSpanEndsWithItsRowGroup() {
        let head = "<table><thead><tr><th rowspan=\"0\">H0</th><th>H1</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>"
        #expect(terminal(head, width: 40) == ["┌────┬────┐", "│ H0 │ H1 │", "├────┼────┤", "│ a  │ b  │", "└────┴────┘"])
        let bodies = "<table><tbody><tr><td rowspan=\"5\">x</td><td>1</td></tr></tbody><tbody><tr><td>2</td><td>3</td></tr></tbody></table>"
        #expect(plain(bodies) == "x | 1\n2 | 3")
    }

    /// A cell holding a list, a quote or a panel is given, room allowing, the width that lays them out as they are drawn
    /// outside a table: the marker beside its item, the quote's bar, the panel's frame.
    @Test func cellsMakeRoomForTheirContainers() {
        #expect(terminal("<table><tr><td><ul><li>x</li></ul></td><td>y</td></tr></table>") == ["┌────────┬───┐", "│ • x    │ y │", "└────────┴───┘"])
        let panel = "<table><tr><td><ac:structured-macro ac:name=\"info\"><ac:rich-text-body><p>ok</p></ac:rich-text-body></ac:structured-macro>"
            + "</td><td><blockquote><p>hi</p></blockquote></td></tr></table>"
        #expect(terminal(panel) == ["┌──────────────┬────────────┐", "│ ╭─ Info ───╮ │ │ hi       │", "│ │ ok       │ │            │",
                                    "│ ╰──────────╯ │            │", "└──────────────┴────────────┘"])
    }

    /// A column a few cells short of its widest line gets them ahead of a long column, which hardly misses them.
    @Test func aShortColumnIsNotLeftWrappingForAFewCells() {
        let prose = String(repeating: "many words of a long description ", count: 12)
        let source = "<table><tr><th>Status</th><th>Notes</th></tr><tr><td>In review</td><td>\(prose)</td></tr></table>"
        let lines = terminal(source, width: 60)
        #expect(lines.contains { $0.hasPrefix("│ In review │") }, "\(lines.joined(separator: "\n"))")
    }
}
