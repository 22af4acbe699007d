/// A framed panel: an info/note/warning/tip macro, a custom panel or an ADF panel.
public struct Panel: Sendable, Hashable {
    /// The panel's kind, which decides its label and colour.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case info, note, warning, tip, success, error, custom

        /// The label shown to a reader.
        public var label: String {
            switch self {
            case .info: return "Info"
            case .note: return "Note"
            case .warning: return "Warning"
            case .tip: return "Tip"
            case .success: return "Success"
            case .error: return "Error"
            case .custom: return "Panel"
            }
        }
    }

    /// The panel's kind.
    public var kind: Kind
    /// The title, when the macro has one.
    public var title: String?
    /// The content.
    public var blocks: [Block]

    /// What a panel is headed with in text: its kind's label, then its title (`Warning: Cross-site wildcards`).
    var caption: String { kind.label + (title.map { ": " + $0 } ?? "") }

    /// Creates a panel.
    public init(kind: Kind, title: String? = nil, blocks: [Block]) {
        self.kind = kind
        self.title = title
        self.blocks = blocks
    }
}
