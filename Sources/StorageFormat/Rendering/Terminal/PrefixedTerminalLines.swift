/// Terminal lines written behind the open containers of a render (list items, quotes, panels,
/// expands): their prefixes start every line and frames' right edges end it.
///
/// The prefixes' text is kept as UTF-8 in one buffer, so starting a line copies bytes without
/// touching a `String`.
struct PrefixedTerminalLines {
    /// What one container adds to its lines: `first` on its first line (a list marker), `rest` on the
    /// others, both `width` cells wide, and for a frame a right edge two cells wide in `restStyle`;
    /// the three texts lie back to back in `text`.
    private struct Prefix {
        var firstEnd: Int
        var restEnd: Int
        var rightEnd: Int
        var firstStyle: PackedStyle
        var restStyle: PackedStyle
        var width: Int
        /// Whether a container that never showed its first line still gets one (an empty list item).
        var showsEmptyMarker: Bool
        /// How many containers without a prefix are open inside this one (and outside the next).
        var bareInside = 0

        var hasRight: Bool { rightEnd > restEnd }
        /// The cells it takes from its lines: the prefix, and a frame's right edge.
        var usedWidth: Int { width + (hasRight ? 2 : 0) }
    }

    /// Everything written so far.
    var lines = TerminalLines()
    /// The width lines are rendered at, frames included.
    var width = 1 {
        didSet { setUsedWidth(usedWidth) }
    }
    /// The open containers that have a prefix; those without one are only counted.
    private var prefixes: [Prefix] = []
    private var text = LineBytes()
    /// The containers from this index on have not shown their first line yet.
    private var firstLinesFrom = 0
    /// How many open containers are frames (have a right edge).
    private(set) var framesOpen = 0

    /// The cells the open containers' prefixes and right edges take.
    private var usedWidth = 0
    /// The width left for content inside the open containers: containers open only while they leave the
    /// renderer's minimum (see `fits`), and the clamp below it is a safety net. Kept as containers open and
    /// close, since every block asks for it.
    private(set) var contentWidth = 1

    /// Whether no container with a prefix is open.
    var isEmpty: Bool { prefixes.isEmpty }

    /// Whether a container taking `cells` more from every line still leaves its content `minimum` cells
    /// (or the whole width, when that is narrower): containers that do not fit are drawn without their
    /// columns, so no line grows past the width.
    func fits(_ cells: Int, leaving minimum: Int) -> Bool {
        width - usedWidth - cells >= min(minimum, width)
    }

    // MARK: Containers

    /// Opens a container with `prefix` in `style` on every line, and for a frame `right` (two cells)
    /// at the end.
    mutating func push(_ prefix: StaticString, style: RunStyle = RunStyle(), right: StaticString? = nil) {
        var firstEnd = text.count
        var width = 0
        if prefix.utf8CodeUnitCount > 0 {
            prefix.withUTF8Buffer { prefix in
                text.append(prefix)
                firstEnd = text.count
                text.append(prefix)
                width = LineTools.width(of: prefix)
            }
        }
        let restEnd = text.count
        right?.withUTF8Buffer { text.append($0) }
        let packed = PackedStyle(style)
        add(Prefix(firstEnd: firstEnd, restEnd: restEnd, rightEnd: text.count, firstStyle: packed,
                    restStyle: packed, width: width, showsEmptyMarker: false))
        if text.count > restEnd { framesOpen += 1 }
        setUsedWidth(usedWidth + prefixes[prefixes.count - 1].usedWidth)
        // Its first line is like its others, so it counts as shown when the containers outside it are.
        if firstLinesFrom == prefixes.count - 1 { firstLinesFrom = prefixes.count }
    }

    /// Opens a container without a prefix (a list, a layout cell, a macro): it changes no line.
    mutating func push() {
        if !prefixes.isEmpty { prefixes[prefixes.count - 1].bareInside += 1 }
    }

    /// Opens a list item: `marker`, `width` cells wide, and a space in `style` on its first line (shown
    /// even when the item is empty), as many spaces on the others.
    mutating func pushItem(marker: StaticString, width: Int, style: RunStyle) {
        let start = text.count
        marker.withUTF8Buffer { text.append($0) }
        openItem(markerStart: start, markerWidth: width, style: style)
    }

    /// Opens a list item whose marker is hidden: spaces for a marker `width` cells wide, so its lines are indented as its
    /// shown siblings' are (where that leaves too little room, it changes no line).
    mutating func pushHiddenItem(width: Int) {
        guard fits(width + 1, leaving: TerminalRenderer.minimumContentWidth) else { return push() }
        let start = text.count
        text.append(repeating: 0x20, count: width)
        openItem(markerStart: start, markerWidth: width, style: RunStyle())
    }

    /// Opens an ordered list item: `number` and a full stop as its marker, written straight into the
    /// prefix text.
    mutating func pushItem(number: Int, style: RunStyle) {
        let start = text.count
        text.append(decimal: number)
        text.append(0x2E)
        openItem(markerStart: start, markerWidth: text.count - start, style: style)
    }

    /// Ends an item's first-line prefix, its marker just written from `markerStart`, and opens the item:
    /// the space after the marker and the other lines' spaces are written at once. An item nested too
    /// deep to indent shows its marker on a line of its own (going on over more lines, as a long word does,
    /// when wider: `[x]` keeps its state at width 1) and leaves its lines where they are.
    private mutating func openItem(markerStart: Int, markerWidth: Int, style: RunStyle) {
        let cells = markerWidth + 1
        guard fits(cells, leaving: TerminalRenderer.minimumContentWidth) else {
            let marker = text.withUnsafeBufferPointer { Array($0[markerStart...]) }
            text.removeLast(text.count - markerStart)
            marker.withUnsafeBufferPointer { marker in
                var start = 0
                while start < marker.count {
                    let rest = UnsafeBufferPointer(rebasing: marker[start...])
                    var (end, shown) = LineTools.prefix(of: rest, fitting: contentWidth)
                    if end == 0 { (end, shown) = LineTools.prefix(of: rest, fitting: 2) }  // at least one character a line
                    openLine()
                    lines.append(UnsafeBufferPointer(rebasing: rest[..<end]), style: PackedStyle(style), width: shown)
                    closeLine()
                    start += end
                }
            }
            push()
            return
        }
        let firstEnd = text.count + 1
        text.append(repeating: 0x20, count: 1 + cells)
        add(Prefix(firstEnd: firstEnd, restEnd: text.count, rightEnd: text.count, firstStyle: PackedStyle(style),
                    restStyle: PackedStyle(RunStyle()), width: cells, showsEmptyMarker: true))
        setUsedWidth(usedWidth + cells)
    }

    /// Adds a container's prefix, making room for a few levels at the first.
    private mutating func add(_ prefix: Prefix) {
        if prefixes.capacity == 0 { prefixes.reserveCapacity(8) }
        prefixes.append(prefix)
    }

    /// Closes the innermost container; an empty list item first gets its marker line.
    mutating func pop() {
        // Outside every prefix only containers without one are open.
        guard !prefixes.isEmpty else { return }
        if prefixes[prefixes.count - 1].bareInside > 0 {
            prefixes[prefixes.count - 1].bareInside -= 1
            return
        }
        if prefixes[prefixes.count - 1].showsEmptyMarker && firstLinesFrom < prefixes.count {
            // The marker alone: no space after it outside a frame, as a blank line has none.
            openLine()
            if framesOpen == 0 { lines.trimOpenLineTrailingSpaces() }
            closeLine()
        }
        let prefix = prefixes.removeLast()
        firstLinesFrom = min(firstLinesFrom, prefixes.count)
        text.removeLast(text.count - Self.start(of: prefixes.count, in: prefixes))
        if prefix.hasRight { framesOpen -= 1 }
        setUsedWidth(usedWidth - prefix.usedWidth)
    }

    /// Closes every container.
    mutating func removeAll() {
        prefixes.removeAll(keepingCapacity: true)
        text.removeAll()
        firstLinesFrom = 0
        framesOpen = 0
        setUsedWidth(0)
    }

    /// Records that the open containers take `used` cells and updates the content width.
    private mutating func setUsedWidth(_ used: Int) {
        usedWidth = used
        contentWidth = max(min(TerminalRenderer.minimumContentWidth, width), width - used)
    }

    /// Where the text of prefix `index` starts in `text`.
    private static func start(of index: Int, in prefixes: [Prefix]) -> Int {
        index == 0 ? 0 : prefixes[index - 1].rightEnd
    }

    // MARK: Lines

    /// Starts a line with the prefixes, each container's first line getting its first-line prefix (a
    /// list marker).
    mutating func openLine() {
        guard !prefixes.isEmpty else { return }
        Self.append(prefixes, restBefore: firstLinesFrom, text, to: &lines)
        firstLinesFrom = prefixes.count
    }

    /// Appends the rest prefixes of the containers before index `restBefore` and the first-line
    /// prefixes of the others. Static, with the prefixes passed in, so reading them while `lines`
    /// changes retains nothing.
    private static func append(_ prefixes: [Prefix], restBefore: Int, _ text: LineBytes, to lines: inout TerminalLines) {
        text.withUnsafeBufferPointer { text in
            for index in prefixes.indices {
                let prefix = prefixes[index]
                if index < restBefore {
                    let rest = UnsafeBufferPointer(rebasing: text[prefix.firstEnd..<prefix.restEnd])
                    lines.append(rest, style: prefix.restStyle, width: prefix.width)
                } else {
                    let first = UnsafeBufferPointer(rebasing: text[start(of: index, in: prefixes)..<prefix.firstEnd])
                    lines.append(first, style: prefix.firstStyle, width: prefix.width)
                }
            }
        }
    }

    /// Ends the open line with the open frames' right borders; inlined, as the line's end is.
    @inline(__always)
    mutating func closeLine(_ overflow: LineOverflow = .wrapped) {
        if framesOpen > 0 { appendRightBorders() }
        lines.endLine(overflow)
    }

    /// Adds a line holding only the prefixes (trailing spaces trimmed outside frames).
    mutating func blankLine() {
        if !prefixes.isEmpty {
            Self.append(prefixes, restBefore: prefixes.count, text, to: &lines)
            if framesOpen > 0 { appendRightBorders() } else { lines.trimOpenLineTrailingSpaces() }
        }
        lines.endLine()
    }

    /// Pads to and draws the right edge of each open frame, innermost first (callers check one is open).
    private mutating func appendRightBorders() {
        var outerFrames = framesOpen
        text.withUnsafeBufferPointer { text in
            for prefix in prefixes.reversed() where prefix.hasRight {
                lines.appendSpaces(width - 2 * outerFrames - lines.openWidth)
                lines.append(UnsafeBufferPointer(rebasing: text[prefix.restEnd..<prefix.rightEnd]), style: prefix.restStyle, width: 2)
                outerFrames -= 1
            }
        }
    }
}
