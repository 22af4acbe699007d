import StorageFormat
import TerminalKit

/// Turns styled lines into ANSI SGR text for `render --format text` on a colour terminal.
enum ANSIStyle {
    /// One line with SGR codes per run; every run's text is sanitised first.
    static func render(_ line: StyledLine) -> String {
        var output = ""
        for run in line.runs {
            let codes = sgrCodes(for: run.style)
            let text = Sanitizer.clean(run.text)
            output += codes.isEmpty ? text : "\u{1B}[\(codes.joined(separator: ";"))m\(text)\u{1B}[0m"
        }
        return output
    }

    private static func sgrCodes(for style: RunStyle) -> [String] {
        var codes: [String] = []
        if style.attributes.contains(.bold) { codes.append("1") }
        if style.attributes.contains(.dim) { codes.append("2") }
        if style.attributes.contains(.italic) { codes.append("3") }
        if style.attributes.contains(.underline) { codes.append("4") }
        if style.attributes.contains(.strikethrough) { codes.append("9") }
        if let colour = colour(for: style.role) { codes.append(colour) }
        return codes
    }

    private static func colour(for role: TextRole) -> String? {
        switch role {
        case .heading: "1;36"
        case .inlineCode, .codeBlock: "33"
        case .link, .jiraIssue: "34"
        case .mention, .date: "35"
        case .status(let colour): statusColour(colour)
        case .panel(let kind): panelColour(kind)
        case .taskDone: "32"
        case .taskOpen, .listMarker: "36"
        case .quote, .caption, .annotation, .tableBorder, .image: "2"
        case .tableHeader: "1"
        case .body, .emoticon: nil
        }
    }

    private static func statusColour(_ colour: Status.Colour) -> String {
        switch colour {
        case .green: "42;30"
        case .red: "41;30"
        case .yellow: "43;30"
        case .blue: "44;30"
        case .purple: "45;30"
        case .grey: "47;30"
        }
    }

    private static func panelColour(_ kind: Panel.Kind) -> String {
        switch kind {
        case .info: "34"
        case .note: "35"
        case .warning, .error: "31"
        case .tip, .success: "32"
        case .custom: "36"
        }
    }
}
