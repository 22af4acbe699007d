import Testing
@testable import StorageFormat

/// The flat line store behind terminal output: runs join by style, lines read back as styled runs,
/// clipping and trimming keep widths right, and every style survives packing.
struct TerminalLinesTests {
    @Test func adjacentRunsOfOneStyleJoinWithinALineOnly() {
        var lines = TerminalLines()
        lines.append("ab", style: RunStyle())
        lines.append("cd", style: RunStyle())
        lines.append("!", style: RunStyle(attributes: .bold))
        lines.endLine()
        lines.append("ef", style: RunStyle())
        lines.endLine(.scrollable)
        #expect(lines.count == 2)
        #expect(lines[0].runs == [StyledRun("abcd"), StyledRun("!", RunStyle(attributes: .bold))])
        #expect(lines[1] == StyledLine(runs: [StyledRun("ef")], overflow: .scrollable))
        #expect(lines.width(ofLine: 0) == 5)
    }

    @Test func anEmptyLineHasNoRuns() {
        var lines = TerminalLines()
        lines.endLine()
        lines.append("x", style: RunStyle())
        lines.endLine()
        #expect(lines[0].runs.isEmpty)
        #expect(lines[1].text == "x")
    }

    @Test func clippingCutsBetweenClustersAndMarksTheCut() {
        var source = TerminalLines()
        source.append("ab", style: RunStyle(role: .link))
        source.append("한국어", style: RunStyle())
        source.endLine()
        var clipped = TerminalLines()
        let cut = clipped.append(line: 0, of: source, clippedTo: 5, marker: "…")
        clipped.endLine()
        #expect(cut)
        // "ab" (2) + "한" (2) fits 4 cells; the marker takes the fifth.
        #expect(clipped[0].text == "ab한…")
        #expect(clipped.width(ofLine: 0) == 5)
        var whole = TerminalLines()
        let wholeCut = whole.append(line: 0, of: source, clippedTo: 8, marker: "…")
        whole.endLine()
        #expect(!wholeCut)
        #expect(whole[0] == source[0])
    }

    @Test func trimmingRemovesTrailingSpacesAcrossRuns() {
        var lines = TerminalLines()
        lines.append("│ ", style: RunStyle(role: .quote))
        lines.append("  ", style: RunStyle())
        lines.trimOpenLineTrailingSpaces()
        lines.endLine()
        #expect(lines[0].runs == [StyledRun("│", RunStyle(role: .quote))])
        #expect(lines.width(ofLine: 0) == 1)
    }

    @Test func restylingChangesOnlyTheLinesFromTheGivenOne() {
        var lines = TerminalLines()
        lines.append("a", style: RunStyle())
        lines.endLine()
        lines.append("b", style: RunStyle())
        lines.endLine()
        lines.restyleRuns(fromLine: 1) { _ in RunStyle(role: .tableHeader, attributes: .bold) }
        #expect(lines[0].runs[0].style == RunStyle())
        #expect(lines[1].runs[0].style == RunStyle(role: .tableHeader, attributes: .bold))
    }

    @Test func everyRoleSurvivesPacking() {
        var roles: [TextRole] = [.body, .inlineCode, .codeBlock, .link, .mention, .date, .jiraIssue, .emoticon, .image,
                                 .caption, .listMarker, .taskDone, .taskOpen, .quote, .tableBorder, .tableHeader, .annotation]
        roles += (1...6).map { TextRole.heading(level: $0) }
        roles += Status.Colour.allCases.map(TextRole.status)
        roles += Panel.Kind.allCases.map(TextRole.panel)
        for role in roles {
            let style = RunStyle(role: role, attributes: [.bold, .dim, .strikethrough])
            #expect(PackedStyle(style).style == style)
        }
    }

    @Test func repeatedGlyphsAndBulkCopiesKeepTextStylesAndWidths() {
        var rule = TerminalLines()
        rule.append("a", style: RunStyle())
        rule.endLine()
        rule.appendRepeated("─", count: 3, style: RunStyle(role: .tableBorder))
        rule.appendSpaces(2)
        rule.endLine(.clipped)
        var lines = TerminalLines()
        lines.append("first", style: RunStyle(role: .link))
        lines.endLine()
        lines.append(lines: rule)
        #expect(lines.map(\.text) == ["first", "a", "───  "])
        #expect(lines[2].runs == [StyledRun("───", RunStyle(role: .tableBorder)), StyledRun("  ")])
        #expect(lines[2].overflow == .clipped)
        #expect(lines.width(ofLine: 2) == 5)
    }

    @Test func copiesKeepTheirTextWhenEitherIsAppendedTo() {
        var original = TerminalLines()
        original.append("shared", style: RunStyle())
        var copy = original
        copy.append(String(repeating: "x", count: 5000), style: RunStyle())
        copy.endLine()
        original.append("!", style: RunStyle())
        original.endLine()
        #expect(original[0].text == "shared!")
        #expect(copy[0].text == "shared" + String(repeating: "x", count: 5000))
        var trimmed = copy
        trimmed.removeAll()
        #expect(copy.count == 1 && trimmed.isEmpty)
        #expect(copy != original && copy == copy)
    }

    @Test func aCellSegmentMatchesItsPiecesAppendedOneByOne() {
        var source = TerminalLines()
        source.append("ab", style: RunStyle())
        source.append("한", style: RunStyle(role: .link))
        source.endLine()
        source.endLine()
        let border = PackedStyle(RunStyle(role: .tableBorder))
        for (line, width) in [(0, 6), (0, 4), (0, 3), (1, 2), (nil, 3)] as [(Int?, Int)] {
            var fused = TerminalLines()
            ("│" as StaticString).withUTF8Buffer {
                fused.appendCell(line: line, of: source, width: width, border: $0, borderStyle: border, marker: "…")
            }
            fused.endLine()
            var pieces = TerminalLines()
            pieces.append("│", style: RunStyle(role: .tableBorder))
            pieces.appendSpaces(1)
            if let line { pieces.append(line: line, of: source, clippedTo: width, marker: "…") }
            pieces.appendSpaces(max(0, width + 1 - pieces.openWidth + 1) + 1)
            pieces.endLine()
            #expect(fused == pieces)
            #expect(fused.width(ofLine: 0) == width + 3)
        }
    }
}
