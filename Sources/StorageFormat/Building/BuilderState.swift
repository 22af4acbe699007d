/// A block container being filled: its blocks so far and the inline run of its paragraph in progress sit on
/// the builder's block and inline stacks, from the counts it noted when it opened.
struct Container {
    /// What the container becomes when it closes.
    enum Role: Equatable {
        case root, listItem, cell, quote, macro, heading(Int), link, image, caption, layoutCell, adfNode, pre
    }

    var role: Role
    /// Where the container's blocks start on the block stack.
    var blockStart: Int
    /// Where the container's inline run starts on the inline stack.
    var inlineStart: Int
    /// Whether the inline run ends in collapsible whitespace (leading whitespace is dropped).
    var lastWasSpace = true
    /// Whether the inline run ends in a date or Jira key, which a word written right after it is parted from.
    var endsInWordItem = false
    /// For task items: whether the task is complete.
    var isChecked: Bool?
    /// For list items: whether the item's own marker is hidden (`list-style-type: none`).
    var hidesMarker = false

    /// Joins `text` to `item` when that is text of the same style (made only then); false when it is not.
    static func merge(_ text: () -> String, _ style: TextStyle, into item: inout Inline) -> Bool {
        guard case .text(var previous, style) = item else { return false }
        item = .lineBreak  // lets go of the item's copy, so `previous` grows in place
        previous += text()
        item = .text(previous, style)
        return true
    }

    /// Inline content without leading/trailing spaces and line breaks; empty when nothing is visible.
    static func trimmed(_ inlines: consuming [Inline]) -> [Inline] {
        var content = inlines
        let (kept, endsInSpace) = content.withUnsafeMutableBufferPointer { run in
            let bounds = trimmedBounds(UnsafeBufferPointer(run))
            if bounds.endsInSpace { dropTrailingSpace(&run[bounds.kept.upperBound - 1]) }
            return bounds
        }
        if kept.count == content.count && !endsInSpace { return content }
        content.removeSubrange(kept.upperBound...)
        content.removeFirst(kept.lowerBound)
        return content
    }

    /// The items of `run` left once blank text and line breaks are trimmed from both ends, and whether the
    /// last of them is text ending in a space. Text is collapsed already, so at most one space sits at either
    /// end of a run. Items are looked at in place. `endIsTrimmed` says the last item is visible text that
    /// ends in no space, so only the start is trimmed.
    static func trimmedBounds(_ run: UnsafeBufferPointer<Inline>, endIsTrimmed: Bool = false)
        -> (kept: Range<Int>, endsInSpace: Bool) {
        var end = run.count
        var endsInSpace = false
        trailing: while end > 0 && !endIsTrimmed {
            switch run[end - 1] {
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
            switch run[start] {
            case .lineBreak:
                start += 1
            case .text(let text, _):
                if !text.withUTF8Buffer(isBlank) { break leading }
                start += 1
            default:
                break leading
            }
        }
        return (start..<end, endsInSpace)
    }

    /// Drops the trailing space of a text item, in place.
    static func dropTrailingSpace(_ item: inout Inline) {
        guard case .text(var text, let style) = item else { return }
        item = .lineBreak  // lets go of the item's copy, so `text` shrinks in place
        text.removeSubrange(text.utf8.index(before: text.utf8.endIndex)...)  // one byte, a whole scalar
        item = .text(text, style)
    }

    /// Whether `text` is nothing but spaces (or empty).
    @inline(__always)
    private static func isBlank(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        text.allSatisfy { $0 == 0x20 }
    }
}

extension ScratchStack where Element == Inline {
    /// Removes the run from `start` up and returns it trimmed as `Container.trimmed` trims (see
    /// `Container.trimmedBounds` for `endIsTrimmed`).
    mutating func takeTrimmed(from start: Int, endIsTrimmed: Bool = false) -> [Inline] {
        let kept = withItems(from: start) { run in
            let bounds = Container.trimmedBounds(UnsafeBufferPointer(run), endIsTrimmed: endIsTrimmed)
            if bounds.endsInSpace { Container.dropTrailingSpace(&run[bounds.kept.upperBound - 1]) }
            return bounds.kept
        }
        return take(from: start, keeping: kept)
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
    /// Where the list's items start on the item stack.
    var itemStart: Int
    /// The container count when the list opened; items belong to it only at that depth.
    var depth: Int
    /// How many lists this one is directly inside (`<ul><li>a</li><ul>…</ul></ul>`, no item between), as blocks there
    /// go into the last item of the list around it; 0 for a list in an item, outside any list, or nested too deep to
    /// nest more (then flattened).
    var nesting = 0
}

/// A table being built: its finished rows and its open row's cells sit on the builder's row and cell stacks.
struct TableState {
    /// Where the table's rows start on the row stack.
    var rowStart: Int
    /// Where the open row's cells start on the cell stack.
    var cellStart: Int
    var rowIsOpen = false
    var rowIsHeader = false
    /// Whether a row group began after the last row kept, and whether the open row starts it.
    var groupBegan = false
    var rowStartsGroup = false
    var headDepth = 0
    var depth: Int
    /// The cell that is open: header flag and spans.
    var openCell = TableCell(blocks: [])
}

/// A macro being built: its parameters, references and plain-text body.
struct MacroState {
    var name: String
    var parameters = MacroParameters()
    var references: [Inline] = []
    var plainTextBody: String?
    /// How many toc-zone macros hold this one.
    var zoneDepth = 0
    /// Whether a table cell holds this one: a toc-zone there, whose headings a table holds, lists nothing.
    var isWithinTable = false
    /// Whether text of its paragraph comes before it (`Version <macro/> of`): shown within that paragraph, as an
    /// `atlassian-macro-output-type` of `INLINE` says.
    var followsText = false

    /// The deepest toc-zone that lists its headings: each zone counts the headings of its body, so a bound on their
    /// nesting keeps the parse linear.
    static var deepestListedZone: Int { 4 }

    /// Whether a macro named `name` is a toc-zone.
    static func isZone(_ name: String) -> Bool {
        name.utf8.count == 8 && name.utf8.elementsEqual("toc-zone".utf8) { $0 | 0x20 == $1 }
    }
}

/// A link being built.
struct LinkState {
    var target: LinkTarget?
    var anchor: String?
    var plainBody: String?
    /// Whether white space in the body was collapsed into a space before it (so left no text to say it was there).
    var collapsedWhiteSpace = false
    /// Whether an image was open when the link opened (the innermost of the two receives resources).
    var isInsideImage = false
    /// A shortcut link's `parameter@key` (`ri:shortcut`), shown when the link has no body: its address is the site's.
    var shortcut: String?
}

/// An image being built.
struct ImageState {
    var source: Image.Source = .none
    var alt: String?
    var emoticonName: String?
    var caption: [Inline] = []
    /// Laid out as a block (`ac:layout`): the image stands as a paragraph of its own, as a captioned one does.
    var isBlock = false
}

/// An ADF node being built.
struct AdfState {
    var type: String
    /// The attributes read: a panel's `panel-type`, a decision's `state` and an expand's `title`.
    var panelType: String?
    var state: String?
    var title: String?

    /// An attribute read.
    enum Attribute {
        case panelType, state, title

        /// The attribute spelled `key`, or nil when none is read.
        init?(key: String?) {
            switch key {
            case "panel-type": self = .panelType
            case "state": self = .state
            case "title": self = .title
            default: return nil
            }
        }
    }
}

/// Raw text being captured from a parameter, a plain-text body, a task status or an ADF attribute.
struct Capture {
    enum Purpose {
        case parameter(MacroParameters.Name), plainTextBody, linkPlainBody, taskStatus
        /// An ADF attribute: only a panel's type and a decision's state are read; others' text is dropped.
        case adfAttribute(AdfState.Attribute?)
        /// A macro parameter no one reads: its text is dropped, its references kept.
        case unreadParameter
        /// A `<time>` whose `datetime` is no date: its text, or else the `datetime` as written.
        case time(datetime: String)
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
        switch purpose {
        case .unreadParameter, .adfAttribute(nil): false
        default: true
        }
    }
}

/// Which open construct receives `ri:` resource elements.
enum ResourceSink {
    case link, image
}
