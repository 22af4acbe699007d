/// A block container being filled: blocks so far plus the inline run of the paragraph in progress.
struct Container {
    /// What the container becomes when it closes.
    enum Role: Equatable {
        case root, listItem, cell, quote, macro, heading(Int), link, image, caption, layoutCell, adfNode, pre
    }

    var role: Role
    var blocks: [Block] = []
    var inlines: [Inline] = []
    /// Whether the inline run ends in collapsible whitespace (leading whitespace is dropped).
    var lastWasSpace = true
    /// For task items: whether the task is complete.
    var isChecked: Bool?
    /// For list items: whether the item's own marker is hidden (`list-style-type: none`).
    var hidesMarker = false

    init(role: Role, isChecked: Bool? = nil, hidesMarker: Bool = false) {
        self.role = role
        self.isChecked = isChecked
        self.hidesMarker = hidesMarker
    }

    /// Turns the inline run into a paragraph block, dropping it when it shows nothing.
    mutating func flushParagraph() {
        guard !inlines.isEmpty else { return }
        let run = inlines
        inlines = []
        let content = Container.trimmed(run)
        lastWasSpace = true
        if !content.isEmpty { blocks.append(.paragraph(content)) }
    }

    /// Appends a block after the paragraph in progress.
    mutating func append(_ block: consuming Block) {
        flushParagraph()
        blocks.append(block)
    }

    /// Appends an inline item to the run.
    mutating func append(_ inline: consuming Inline) {
        inlines.append(inline)
        lastWasSpace = false
    }

    /// Appends collapsed text to the run, joining it to text of the same style that ends the run.
    mutating func appendText(_ text: consuming String, _ style: TextStyle) {
        let last = inlines.count - 1
        guard last >= 0, case .text(var previous, style) = inlines[last] else {
            inlines.append(.text(text, style))
            return
        }
        inlines[last] = .lineBreak  // lets go of the run's copy, so `previous` grows in place
        previous += text
        inlines[last] = .text(previous, style)
    }

    /// The blocks once the last paragraph is flushed.
    mutating func finishedBlocks() -> [Block] {
        flushParagraph()
        return blocks
    }

    /// Inline content without leading/trailing spaces and line breaks; empty when nothing is visible.
    /// Text is collapsed already, so at most one space sits at either end of a run. Items are looked at
    /// in place, and the array is left alone when there is nothing to trim, as is usual.
    static func trimmed(_ inlines: consuming [Inline]) -> [Inline] {
        var content = inlines
        var end = content.count
        var endsInSpace = false
        trailing: while end > 0 {
            switch content[end - 1] {
            case .lineBreak:
                end -= 1
            case .text(let text, _):
                let (blank, space) = text.withUTF8Buffer { (isBlank($0), $0.last == 0x20) }
                if !blank {
                    endsInSpace = space
                    break trailing
                }
                end -= 1
            default:
                break trailing
            }
        }
        var start = 0
        leading: while start < end {
            switch content[start] {
            case .lineBreak:
                start += 1
            case .text(let text, _):
                if !text.withUTF8Buffer(isBlank) { break leading }
                start += 1
            default:
                break leading
            }
        }
        if start == 0 && end == content.count && !endsInSpace { return content }
        content.removeSubrange(end...)
        if endsInSpace, case .text(let text, let style) = content[end - 1] {
            let scalars = text.unicodeScalars
            content[end - 1] = .text(String(scalars[..<scalars.index(before: scalars.endIndex)]), style)
        }
        content.removeFirst(start)
        return content
    }

    /// Whether `text` is nothing but spaces (or empty).
    @inline(__always)
    private static func isBlank(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.allSatisfy { $0 == 0x20 }
    }
}

/// What the builder did when an element opened, so its end can undo it.
enum OpenAction {
    case passThrough
    case paragraphBreak
    case style(Int)
    case container
    case list
    case table
    case tableRow
    case tableHead
    case macro(hasContainer: Bool)
    case link
    case image
    case capture
    case layout
    case adfNode(hasContainer: Bool)
}

/// A list being built.
struct ListState {
    var kind: ListBlock.Kind
    var items: [ListItem] = []
    /// The container count when the list opened; items belong to it only at that depth.
    var depth: Int
}

/// A table being built.
struct TableState {
    var rows: [TableRow] = []
    var currentRow: TableRow?
    var headDepth = 0
    var depth: Int
    /// The cell that is open: header flag and spans.
    var openCell = TableCell(blocks: [])

    mutating func commitRow() {
        if let row = currentRow {
            var row = row
            if !row.isHeader && !row.cells.isEmpty && row.cells.allSatisfy({ $0.isHeader }) { row.isHeader = true }
            if !row.cells.isEmpty { rows.append(row) }
        }
        currentRow = nil
    }
}

/// A macro being built: its parameters, references and plain-text body.
struct MacroState {
    var name: String
    /// Name and value of each parameter, first one of a name only (macros have few: a list beats hashing).
    var parameters: [(name: String, value: String)] = []
    var references: [Inline] = []
    var plainTextBody: String?

    /// The value of the parameter `name`, or nil when the macro has none.
    func parameter(_ name: String) -> String? {
        parameters.first { $0.name == name }?.value
    }
}

/// A link being built.
struct LinkState {
    var target: LinkTarget?
    var anchor: String?
    var plainBody: String?
}

/// An image being built.
struct ImageState {
    var source: Image.Source = .none
    var alt: String?
    var emoticonName: String?
    var caption: [Inline] = []
}

/// An ADF node being built.
struct AdfState {
    var type: String
    var attributes: [String: String] = [:]
}

/// Raw text being captured from a parameter, a plain-text body, a task status or an ADF attribute.
struct Capture {
    enum Purpose {
        case parameter(String), plainTextBody, linkPlainBody, taskStatus, adfAttribute(String)
        /// A macro parameter no one reads: its text is dropped, its references kept.
        case unreadParameter
    }

    var purpose: Purpose
    var text = ""
    /// CDATA sections plus non-blank text: the body when any CDATA section is present.
    var cdataText = ""
    var sawCDATA = false
    var references: [Inline] = []

    /// The captured value: the CDATA content when there is any, else all the text.
    var value: String { sawCDATA ? cdataText : text }

    /// Whether the text is used at all.
    var keepsText: Bool {
        if case .unreadParameter = purpose { return false }
        return true
    }
}

/// Which open construct receives `ri:` resource elements.
enum ResourceSink {
    case link, image, capture
}
