/// Terminal lines written behind the open containers of a render (list items, quotes, panels,
/// expands): their prefixes start every line and frames' right edges end it.
struct PrefixedTerminalLines {
    /// Text added before (and for frames, after) every line inside a container: `first` on its first
    /// line (a list marker), `rest` on the others, both `width` cells wide.
    struct Prefix {
        var first: String
        var firstStyle = RunStyle()
        var rest: String
        var restStyle = RunStyle()
        var width: Int
        /// A frame's right edge, two cells wide, in `restStyle`.
        var right: String?
        var usedFirst = false
        var showsEmptyMarker = false

        /// An empty prefix.
        static var none: Prefix { Prefix(first: "", rest: "", width: 0) }

        /// The same text in one style on every line.
        static func constant(_ text: String, _ style: RunStyle = RunStyle(), right: String? = nil) -> Prefix {
            Prefix(first: text, firstStyle: style, rest: text, restStyle: style, width: LineTools.width(of: text), right: right)
        }
    }

    /// Everything written so far.
    var lines = TerminalLines()
    /// The width lines are rendered at, frames included.
    var width = 1
    private var prefixes: [Prefix] = []
    /// How many open containers are frames (have a right edge).
    private(set) var framesOpen = 0

    /// The width left for content inside the open containers, never below the renderer's minimum.
    var contentWidth: Int {
        var used = 0
        for prefix in prefixes { used += prefix.width + (prefix.right == nil ? 0 : 2) }
        return max(min(TerminalRenderer.minimumContentWidth, width), width - used)
    }

    /// Opens a container.
    mutating func push(_ prefix: Prefix) {
        prefixes.append(prefix)
        if prefix.right != nil { framesOpen += 1 }
    }

    /// Closes the innermost container; returns its prefix.
    @discardableResult
    mutating func pop() -> Prefix {
        let prefix = prefixes.removeLast()
        if prefix.right != nil { framesOpen -= 1 }
        return prefix
    }

    /// Closes every container.
    mutating func removeAll() {
        prefixes.removeAll(keepingCapacity: true)
        framesOpen = 0
    }

    /// Whether no container is open.
    var isEmpty: Bool { prefixes.isEmpty }

    /// Starts a line with the prefixes, each container's first line getting its first-line prefix (a
    /// list marker).
    mutating func openLine() {
        for index in prefixes.indices {
            let prefix = prefixes[index]
            if prefix.usedFirst {
                lines.append(prefix.rest, style: prefix.restStyle, width: prefix.width)
            } else {
                lines.append(prefix.first, style: prefix.firstStyle, width: prefix.width)
                prefixes[index].usedFirst = true
            }
        }
    }

    /// Ends the open line with the open frames' right borders.
    mutating func closeLine(_ overflow: LineOverflow = .wrapped) {
        appendRightBorders()
        lines.endLine(overflow)
    }

    /// Adds a line holding only the prefixes (trailing spaces trimmed outside frames).
    mutating func blankLine() {
        for prefix in prefixes { lines.append(prefix.rest, style: prefix.restStyle, width: prefix.width) }
        appendRightBorders()
        if framesOpen == 0 { lines.trimOpenLineTrailingSpaces() }
        lines.endLine()
    }

    /// Pads to and draws the right edge of each open frame, innermost first.
    private mutating func appendRightBorders() {
        guard framesOpen > 0 else { return }
        var rightEdge = width
        var edges: [(column: Int, prefix: Int)] = []
        for (index, prefix) in prefixes.enumerated() where prefix.right != nil {
            rightEdge -= 2
            edges.append((rightEdge, index))
        }
        for edge in edges.reversed() {
            lines.appendSpaces(edge.column - lines.openWidth)
            lines.append(prefixes[edge.prefix].right ?? "", style: prefixes[edge.prefix].restStyle, width: 2)
        }
    }
}
