/// Visual attributes of a run, independent of colour.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    /// Creates attributes from raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold weight.
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Italic.
    public static let italic = TextAttributes(rawValue: 1 << 1)
    /// Underlined.
    public static let underline = TextAttributes(rawValue: 1 << 2)
    /// Struck through.
    public static let strikethrough = TextAttributes(rawValue: 1 << 3)
    /// Dimmed (faint).
    public static let dim = TextAttributes(rawValue: 1 << 4)
}

/// What a run of text is, so the terminal layer can choose its colour.
public enum TextRole: Sendable, Hashable {
    case body
    case heading(level: Int)
    case inlineCode
    case codeBlock
    case link
    case mention
    case date
    case jiraIssue
    case status(Status.Colour)
    case emoticon
    case image
    case caption
    case listMarker
    case taskDone
    case taskOpen
    case quote
    /// Panel frame and label.
    case panel(Panel.Kind)
    case tableBorder
    case tableHeader
    /// Expand titles, macro markers, code titles and table-of-contents labels.
    case annotation
}

/// The style of one run: a role plus attributes.
public struct RunStyle: Sendable, Hashable {
    /// What the text is.
    public var role: TextRole
    /// How it is drawn.
    public var attributes: TextAttributes

    /// Creates a style.
    public init(role: TextRole = .body, attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }
}

/// A run of text in one style.
public struct StyledRun: Sendable, Hashable {
    /// The text; never contains control characters or newlines.
    public var text: String
    /// Its style.
    public var style: RunStyle

    /// Creates a run.
    public init(_ text: String, _ style: RunStyle = RunStyle()) {
        self.text = text
        self.style = style
    }
}

/// How a line relates to the width it was rendered for.
public enum LineOverflow: Sendable, Hashable {
    /// Wrapped prose: the line fits the width.
    case wrapped
    /// Code: not wrapped; the line may be wider than the width and should scroll horizontally.
    case scrollable
    /// Code inside a frame or table: cut at the width (a `…` marks the cut).
    case clipped
}

/// One terminal line: styled runs plus how it overflows.
public struct StyledLine: Sendable, Hashable {
    /// The runs, left to right.
    public var runs: [StyledRun]
    /// Whether the line was wrapped, may scroll, or was clipped.
    public var overflow: LineOverflow

    /// Creates a line.
    public init(runs: [StyledRun], overflow: LineOverflow = .wrapped) {
        self.runs = runs
        self.overflow = overflow
    }

    /// The line's text without styles.
    public var text: String { runs.map(\.text).joined() }

    /// The line's display width in terminal cells.
    public var width: Int { runs.reduce(0) { $0 + displayWidth(of: $1.text) } }
}
