/// Decides what a macro becomes in the model, from its name, parameters and bodies.
///
/// Parameters never become text, except those a reader needs: a code title, a panel or expand title,
/// a status title and a Jira key. Unknown macros keep their body under a `[name]` marker.
enum MacroInterpreter {
    /// What a macro turns into.
    enum Result {
        case inline(Inline)
        case inlines([Inline])
        case block(Block)
        case blocks([Block])
        case nothing
    }

    /// `text` when it reads as an issue key (`ABC-12`: a capital, capitals, digits or `_`, a hyphen, digits), else nil.
    static func issueKey(_ text: String) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let project = parts[0].unicodeScalars.first, ("A"..."Z").contains(project),
              parts[0].unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }),
              !parts[1].isEmpty, parts[1].unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return text
    }

    /// Interprets a finished macro; `body` is its rich-text body (empty when it had none).
    static func interpret(_ macro: MacroState, body: [Block], hasBody: Bool) -> Result {
        // Names are nearly always lower-case ASCII already, and then kept as they are rather than lowercased.
        let lowercase = macro.name.withUTF8Buffer { !$0.contains { $0 &- 0x41 < 26 || $0 >= 0x80 } }
        let name = lowercase ? macro.name : macro.name.lowercased()
        func parameter(_ key: MacroParameters.Name) -> String? {
            guard let value = macro.parameters[key], !value.isEmpty else { return nil }
            return value
        }
        // Shown within its paragraph: as the editor marks it, or when unmarked (older pages) as text before it there shows.
        let isInline = parameter(.outputType).map { $0.uppercased() == "INLINE" } ?? macro.followsText
        func panel(_ kind: Panel.Kind) -> Result {
            guard hasBody else { return .nothing }
            return .block(.panel(Panel(kind: kind, title: parameter(.title), blocks: body)))
        }
        // Names are matched with their byte count first, so most are told apart without comparing strings.
        switch (name.utf8.count, name) {
        case (4, "code"), (8, "noformat"), (10, "code-block"), (10, "sourcecode"):
            let text = macro.plainTextBody ?? InlineFlattener.plainText(of: body)
            // Wiki markup's `{code:java}`, kept in older pages, gives the language as the unnamed parameter.
            let language = name == "noformat" ? nil : (parameter(.language) ?? parameter(.unnamed))?.lowercased()
            return .block(.code(CodeBlock(language: language,
                                          title: parameter(.title), text: text)))
        case (4, "info"): return panel(.info)
        case (4, "note"): return panel(.note)
        case (7, "warning"): return panel(.warning)
        case (3, "tip"): return panel(.tip)
        case (7, "success"): return panel(.success)
        case (5, "error"): return panel(.error)
        case (5, "panel"): return panel(.custom)
        case (6, "expand"):
            guard hasBody else { return .nothing }
            return .block(.expand(.titled(parameter(.title) ?? parameter(.unnamed), blocks: body)))
        case (3, "toc"), (8, "toc-zone"):
            var toc = TableOfContents(
                minLevel: parameter(.minLevel).flatMap { Int($0) } ?? 1, maxLevel: parameter(.maxLevel).flatMap { Int($0) } ?? 6,
                include: parameter(.include).flatMap(HeadingPattern.init), exclude: parameter(.exclude).flatMap(HeadingPattern.init))
            guard name == "toc-zone" else { return .blocks([.tableOfContents(toc)] + body) }
            // A zone lists the headings of its body before it (`top`), after it (`bottom`) or both; one nested deeper
            // than `deepestListedZone` lists none (its marker shows), nor does one in a table cell.
            let location = parameter(.location)?.lowercased()
            let listsNothing = macro.zoneDepth >= MacroState.deepestListedZone || macro.isWithinTable
            let headingCount = listsNothing ? 0 : HeadingCollector.count(in: body)
            toc.zone = TableOfContents.Zone(headingCount: headingCount)
            var following = toc
            following.zone = TableOfContents.Zone(headingCount: headingCount, followsZone: true)
            let above: [Block] = location == "bottom" ? [] : [.tableOfContents(toc)]
            let below: [Block] = location == "bottom" || location == "both" ? [.tableOfContents(following)] : []
            return .blocks(above + body + below)
        case (6, "status"):
            guard let title = parameter(.title) else { return .nothing }
            return .inline(.status(Status(title: title, colour: Status.Colour(parameter: parameter(.colour)))))
        case (4, "jira"), (10, "jiraissues"):
            // `{jira:ABC-12}` gives the key as the unnamed parameter (which may be a query instead).
            if let key = parameter(.key) ?? parameter(.unnamed).flatMap(Self.issueKey) { return .inline(.jiraIssue(key)) }
            return .block(.macro(MacroBlock(name: "jira issues")))
        case (10, "mathinline"):
            // The math add-on keeps an inline formula in its `body` parameter: text a reader needs, shown as code.
            guard let formula = parameter(.body) ?? macro.plainTextBody, !formula.isEmpty else { return .nothing }
            return .inline(.text(formula.onOneLine, .code))
        case (6, "anchor"):
            guard let name = parameter(.unnamed) else { return .nothing }
            return .inline(.anchor(name))
        case (8, "children") where macro.references.isEmpty:
            let listing = ChildrenListing(depth: parameter(.depth), all: parameter(.all), sort: parameter(.sort),
                                          reverse: parameter(.reverse), first: parameter(.first))
            return .block(.macro(MacroBlock(name: macro.name, blocks: body, childrenListing: listing)))
        // Macros whose body is shown as is, with no marker.
        case (7, "excerpt"), (7, "section"), (6, "column"), (7, "details"), (3, "div"), (4, "span"), (6, "center"),
             (12, "multiexcerpt"), (10, "auimessage"), (15, "page-properties"), (16, "expand-container"),
             (11, "ui-text-box"), (11, "sub-section"):
            // Shown inline, a body of one paragraph stays within the paragraph around the macro.
            if isInline, body.count == 1, case .paragraph(let inlines) = body[0] {
                return .inlines(inlines)
            }
            return .blocks(body)
        default:
            break
        }
        let marker = macro.name.isEmpty ? "macro" : macro.name
        if isInline {
            // Shown within its paragraph, an unknown macro stays there: a text body of one line as code, a paragraph
            // after its marker, or the marker alone. A text body of several lines is a code block, its lines kept.
            if let plain = macro.plainTextBody, body.isEmpty, !plain.isEmpty, !plain.utf8.contains(0x0A) {
                return .inline(.text(plain, .code))
            }
            var inlines: [Inline]? = body.isEmpty ? [] : nil
            if body.count == 1, case .paragraph(let paragraph) = body[0] { inlines = paragraph }
            if let inlines, macro.plainTextBody?.isEmpty != false {
                return .inlines([.text("[" + marker + "]" + (inlines.isEmpty ? "" : " "), [])] + inlines)
            }
        }
        // A text body is kept exactly, as a code block under the marker.
        let code = macro.plainTextBody.map { [Block.code(CodeBlock(title: parameter(.title), text: $0))] } ?? []
        guard hasBody || !code.isEmpty else { return .nothing }
        return .block(.macro(MacroBlock(name: marker, references: macro.references, blocks: code + body)))
    }
}
