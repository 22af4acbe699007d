import StorageFormat
import TerminalKit

/// Turns StorageFormat's styled lines into TerminalKit runs, choosing a theme role per text role.
enum PageLines {
    /// The body of `document` rendered for `width` columns, mentions named from `userNames`, a `children` macro
    /// naming `childPages`.
    static func render(_ document: StorageDocument, width: Int, ascii: Bool, userNames: [UserRef: String],
                       childPages: [ChildPage] = []) -> [[TerminalKit.StyledRun]] {
        // A name comes from the site as any title does: cleaned before it is laid out, so the widths measured are those shown.
        let options = RenderOptions(asciiBorders: ascii, userName: { userNames[$0].map { Sanitizer.clean($0) } }, childPages: childPages)
        let lines = document.terminalLines(width: max(1, width), options: options)
        return lines.map { line in
            line.runs.map { TerminalKit.StyledRun($0.text, style: style(for: $0.style)) }
        }
    }

    /// The cell style of a storage run style.
    static func style(for style: RunStyle) -> CellStyle {
        var attributes: TerminalKit.TextAttributes = []
        if style.attributes.contains(.bold) { attributes.insert(.bold) }
        if style.attributes.contains(.underline) { attributes.insert(.underline) }
        if style.attributes.contains(.dim) || style.attributes.contains(.strikethrough) { attributes.insert(.dim) }
        return CellStyle(role(for: style.role), attributes: attributes)
    }

    private static func role(for role: TextRole) -> StyleRole {
        switch role {
        case .body, .emoticon: .normal
        case .heading: .heading
        case .inlineCode, .codeBlock: .code
        case .link, .mention, .jiraIssue: .link
        case .date, .tableHeader: .title
        case .status(let colour): statusRole(colour)
        case .image, .caption, .listMarker, .annotation: .dim
        case .taskDone: .success
        case .taskOpen: .warning
        case .quote: .quote
        case .panel(let kind): panelRole(kind)
        case .tableBorder: .border
        }
    }

    private static func statusRole(_ colour: Status.Colour) -> StyleRole {
        switch colour {
        case .grey: .dim
        case .red: .error
        case .yellow: .warning
        case .green: .success
        case .blue: .link
        case .purple: .heading
        }
    }

    private static func panelRole(_ kind: Panel.Kind) -> StyleRole {
        switch kind {
        case .info: .link
        case .note: .heading
        case .warning: .warning
        case .tip, .success: .success
        case .error: .error
        case .custom: .border
        }
    }
}
