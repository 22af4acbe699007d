/// A run style in three bytes (role, its heading level, colour or panel kind, and attributes), so
/// rendered lines store one small record per run.
struct PackedStyle: Sendable, Hashable {
    private let role: UInt8
    private let detail: UInt8
    private let attributes: UInt8

    /// Packs `style`; inlined, as every append from the wrapper packs its span's style.
    @inline(__always)
    init(_ style: RunStyle) {
        attributes = style.attributes.rawValue
        switch style.role {
        case .body: (role, detail) = (0, 0)
        case .heading(let level): (role, detail) = (1, UInt8(clamping: level))
        case .inlineCode: (role, detail) = (2, 0)
        case .codeBlock: (role, detail) = (3, 0)
        case .link: (role, detail) = (4, 0)
        case .mention: (role, detail) = (5, 0)
        case .date: (role, detail) = (6, 0)
        case .jiraIssue: (role, detail) = (7, 0)
        case .status(let colour): (role, detail) = (8, Self.index(of: colour, in: Status.Colour.allCases))
        case .emoticon: (role, detail) = (9, 0)
        case .image: (role, detail) = (10, 0)
        case .caption: (role, detail) = (11, 0)
        case .listMarker: (role, detail) = (12, 0)
        case .taskDone: (role, detail) = (13, 0)
        case .taskOpen: (role, detail) = (14, 0)
        case .quote: (role, detail) = (15, 0)
        case .panel(let kind): (role, detail) = (16, Self.index(of: kind, in: Panel.Kind.allCases))
        case .tableBorder: (role, detail) = (17, 0)
        case .tableHeader: (role, detail) = (18, 0)
        case .annotation: (role, detail) = (19, 0)
        }
    }

    /// The style it packs.
    var style: RunStyle {
        let textRole: TextRole
        switch role {
        case 1: textRole = .heading(level: Int(detail))
        case 2: textRole = .inlineCode
        case 3: textRole = .codeBlock
        case 4: textRole = .link
        case 5: textRole = .mention
        case 6: textRole = .date
        case 7: textRole = .jiraIssue
        case 8: textRole = .status(Status.Colour.allCases[Int(detail)])
        case 9: textRole = .emoticon
        case 10: textRole = .image
        case 11: textRole = .caption
        case 12: textRole = .listMarker
        case 13: textRole = .taskDone
        case 14: textRole = .taskOpen
        case 15: textRole = .quote
        case 16: textRole = .panel(Panel.Kind.allCases[Int(detail)])
        case 17: textRole = .tableBorder
        case 18: textRole = .tableHeader
        case 19: textRole = .annotation
        default: textRole = .body
        }
        return RunStyle(role: textRole, attributes: TextAttributes(rawValue: attributes))
    }

    private static func index<Value: Equatable>(of value: Value, in all: [Value]) -> UInt8 {
        UInt8(all.firstIndex(of: value) ?? 0)
    }
}
