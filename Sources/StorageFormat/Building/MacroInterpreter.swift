/// Decides what a macro becomes in the model, from its name, parameters and bodies.
///
/// Parameters never become text, except those a reader needs: a code title, a panel or expand title,
/// a status title and a Jira key. Unknown macros keep their body under a `[name]` marker.
enum MacroInterpreter {
    /// What a macro turns into.
    enum Result {
        case inline(Inline)
        case block(Block)
        case blocks([Block])
        case nothing
    }

    /// Macros whose body is shown as is, with no marker.
    private static let transparent: Set<String> = [
        "excerpt", "section", "column", "details", "div", "span", "center", "multiexcerpt", "auimessage",
        "page-properties", "expand-container", "ui-text-box", "sub-section",
    ]

    /// The parameters `interpret` reads; the builder keeps no others.
    static let readParameters = ["title", "language", "colour", "key", "minLevel", "maxLevel"]

    /// Interprets a finished macro; `body` is its rich-text body (empty when it had none).
    static func interpret(_ macro: MacroState, body: [Block], hasBody: Bool) -> Result {
        // Names are nearly always lower-case ASCII already, and then kept as they are rather than lowercased.
        let lowercase = macro.name.withUTF8Buffer { !$0.contains { $0 &- 0x41 < 26 || $0 >= 0x80 } }
        let name = lowercase ? macro.name : macro.name.lowercased()
        func parameter(_ key: String) -> String? {
            assert(readParameters.contains(key), "\(key) is missing from readParameters")
            guard let value = macro.parameter(key), !value.isEmpty else { return nil }
            return value
        }
        switch name {
        case "code", "noformat", "code-block", "sourcecode":
            let text = macro.plainTextBody ?? InlineFlattener.plainText(of: body)
            return .block(.code(CodeBlock(language: name == "noformat" ? nil : parameter("language")?.lowercased(),
                                          title: parameter("title"), text: text)))
        case "info", "note", "warning", "tip", "success", "error", "panel":
            guard hasBody else { return .nothing }
            let kind = Panel.Kind(rawValue: name) ?? .custom
            return .block(.panel(Panel(kind: kind, title: parameter("title"), blocks: body)))
        case "expand":
            guard hasBody else { return .nothing }
            return .block(.expand(Expand(title: parameter("title") ?? "Expand", blocks: body)))
        case "toc", "toc-zone":
            let minimum = parameter("minLevel").flatMap { Int($0) } ?? 1
            let maximum = parameter("maxLevel").flatMap { Int($0) } ?? 6
            return .blocks([.tableOfContents(TableOfContents(minLevel: minimum, maxLevel: maximum))] + body)
        case "status":
            guard let title = parameter("title") else { return .nothing }
            return .inline(.status(Status(title: title, colour: Status.Colour(parameter: parameter("colour")))))
        case "jira", "jiraissues":
            if let key = parameter("key") { return .inline(.jiraIssue(key)) }
            return .block(.macro(MacroBlock(name: "jira issues")))
        case "anchor":
            return .nothing
        default:
            break
        }
        if transparent.contains(name) { return .blocks(body) }
        if let plain = macro.plainTextBody {
            let code = Block.code(CodeBlock(language: name.isEmpty ? nil : name, title: parameter("title"), text: plain))
            return .blocks([code] + body)
        }
        guard hasBody else { return .nothing }
        return .block(.macro(MacroBlock(name: macro.name.isEmpty ? "macro" : macro.name,
                                        references: macro.references, blocks: body)))
    }
}
