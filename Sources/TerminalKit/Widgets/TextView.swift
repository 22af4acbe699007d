/// A scrollable view of styled lines with case-insensitive search and n/N stepping.
///
/// Lines are never wrapped here (the producer wraps to the pane width); lines wider than the
/// view scroll horizontally.
public struct TextView: Hashable, Sendable {
    /// The content, one array of runs per line.
    public private(set) var lines: [[StyledRun]]
    /// First line shown.
    public private(set) var scrollY: Int = 0
    /// Columns hidden on the left.
    public private(set) var scrollX: Int = 0
    /// The active search text ("" when none).
    public private(set) var query: String = ""
    /// Every hit of `query`, in reading order.
    public private(set) var matches: [TextMatch] = []
    /// Index into `matches` of the current hit.
    public private(set) var currentMatch: Int?
    /// The widest line in columns.
    public private(set) var contentWidth: Int

    /// Creates a view scrolled to the top.
    public init(lines: [[StyledRun]] = []) {
        self.lines = lines
        contentWidth = Self.widest(lines)
    }

    /// Replaces the content (the same text wrapped anew, after a resize), keeping the scroll position (clamped, so a
    /// view grown wider than its lines shows them from their start) and re-running the search; the current hit stays
    /// the current one, by its place among the hits, and in view.
    public mutating func setLines(_ newLines: [[StyledRun]], viewportHeight: Int, viewportWidth: Int) {
        lines = newLines
        contentWidth = Self.widest(newLines)
        scrollY = min(scrollY, maxScrollY(viewportHeight))
        scrollHorizontally(by: 0, viewportWidth: viewportWidth)
        let active = query
        let current = currentMatch
        query = ""
        matches = []
        currentMatch = nil
        guard !active.isEmpty else { return }
        search(active, viewportHeight: viewportHeight, jump: false)
        if let current, !matches.isEmpty {
            currentMatch = min(current, matches.count - 1)
            reveal(viewportHeight: viewportHeight, viewportWidth: viewportWidth)
        }
    }

    private static func widest(_ lines: [[StyledRun]]) -> Int {
        lines.reduce(0) { max($0, $1.reduce(0) { $0 + displayWidth($1.text) }) }
    }

    private func maxScrollY(_ height: Int) -> Int { max(0, lines.count - max(1, height)) }

    // MARK: Scrolling

    /// Scrolls by `delta` lines (clamped).
    public mutating func scroll(by delta: Int, viewportHeight: Int) {
        scrollY = min(max(0, Viewport.add(scrollY, delta)), maxScrollY(viewportHeight))
    }

    /// Scrolls by `delta` columns (clamped so the widest line's end stays reachable).
    public mutating func scrollHorizontally(by delta: Int, viewportWidth: Int) {
        scrollX = min(max(0, Viewport.add(scrollX, delta)), max(0, contentWidth - max(1, viewportWidth)))
    }

    /// Scrolls to the first line.
    public mutating func scrollToTop() { scrollY = 0 }

    /// Scrolls so the last line is at the bottom.
    public mutating func scrollToBottom(viewportHeight: Int) { scrollY = maxScrollY(viewportHeight) }

    // MARK: Search

    /// Searches for `text` (case-insensitive); with `jump`, moves to the first hit at or below the
    /// current top line (wrapping to the first hit). A hit may go on from one line to the next, read as one line joined
    /// by a space (words a wrap parted), so what is found does not depend on the width. A query that extends the last
    /// one (typing on) searches only the lines that held a hit of it, unless it ended in a space: a wrap's join is a
    /// space no hit ends on, so a line whose hit ended there was not among them.
    public mutating func search(_ text: String, viewportHeight: Int, viewportWidth: Int = .max, jump: Bool = true) {
        let previous = query
        let cleaned = Sanitizer.clean(text)
        var candidates = Array(lines.indices)
        if !previous.isEmpty, cleaned.hasPrefix(previous), previous.last?.isWhitespace == false {
            candidates = []
            for match in matches where candidates.last != match.line { candidates.append(match.line) }  // in line order
        }
        query = cleaned
        matches = []
        currentMatch = nil
        guard !query.isEmpty else { return }
        let needle = TextSearch.Needle(query)
        var plains: [Int: String] = [:]
        func plain(_ index: Int) -> String {
            if let known = plains[index] { return known }
            let text = Sanitizer.clean(lines[index].map(\.text).joined())
            plains[index] = text
            return text
        }
        for index in candidates {
            let ranges = TextSearch.characterRanges(of: needle, in: plain(index))
            for columns in TextSearch.columnRanges(ranges, in: plain(index)) {
                matches.append(TextMatch(line: index, columns: columns))
            }
            if index + 1 < lines.count {
                matches += Self.hitsAcross(index, plain(index), plain(index + 1), needle: needle)
            }
        }
        guard jump, !matches.isEmpty else { return }
        currentMatch = matches.firstIndex { $0.line >= scrollY } ?? 0
        reveal(viewportHeight: viewportHeight, viewportWidth: viewportWidth)
    }

    /// The hits of `needle` that start on line `index` (`first`) and end on the next (`second`), the two read as one
    /// line: `first` without its trailing spaces, a space, then `second` without its indent. Only the characters a hit
    /// across the join can reach on either side are searched.
    private static func hitsAcross(_ index: Int, _ first: String, _ second: String, needle: TextSearch.Needle) -> [TextMatch] {
        let reach = needle.characters.count - 1
        let trimmed = first.dropLast(first.reversed().prefix { $0 == " " }.count)
        let head = trimmed.suffix(reach)
        let indent = second.prefix { $0 == " " }
        let tail = second.dropFirst(indent.count).prefix(reach)
        guard !head.isEmpty, !tail.isEmpty else { return [] }
        let boundary = head.count
        let hits = TextSearch.characterRanges(of: needle, in: String(head) + " " + tail)
            .filter { $0.lowerBound < boundary && $0.upperBound > boundary + 1 }
        guard !hits.isEmpty else { return [] }
        // Columns on the first line count from its start: the part of it before the searched characters comes first.
        let before = displayWidth(String(trimmed.dropLast(boundary)))
        let shift = displayWidth(String(indent))
        return hits.map { range in
            let own = TextSearch.columnRanges([range.lowerBound..<boundary], in: String(head))[0]
            let rest = TextSearch.columnRanges([0..<(range.upperBound - boundary - 1)], in: String(tail))[0]
            return TextMatch(line: index, columns: (own.lowerBound + before)..<(own.upperBound + before),
                             continuation: (rest.lowerBound + shift)..<(rest.upperBound + shift))
        }
    }

    /// Steps to the next hit (`n`), wrapping around.
    public mutating func nextMatch(viewportHeight: Int, viewportWidth: Int = .max) {
        step(by: 1, viewportHeight: viewportHeight, viewportWidth: viewportWidth)
    }

    /// Steps to the previous hit (`N`), wrapping around.
    public mutating func previousMatch(viewportHeight: Int, viewportWidth: Int = .max) {
        step(by: -1, viewportHeight: viewportHeight, viewportWidth: viewportWidth)
    }

    /// Clears the search.
    public mutating func clearSearch() {
        query = ""
        matches = []
        currentMatch = nil
    }

    private mutating func step(by delta: Int, viewportHeight: Int, viewportWidth: Int) {
        guard !matches.isEmpty else { return }
        let count = matches.count
        if let current = currentMatch {
            currentMatch = ((current + delta) % count + count) % count
        } else {
            currentMatch = delta > 0 ? (matches.firstIndex { $0.line >= scrollY } ?? 0)
                                     : (matches.lastIndex { $0.line <= scrollY } ?? count - 1)
        }
        reveal(viewportHeight: viewportHeight, viewportWidth: viewportWidth)
    }

    /// Scrolls so the current hit is visible, vertically and horizontally, clear of the edge markers: a column is
    /// left for `‹` or `›` beside it when its line's text goes on past it that way.
    private mutating func reveal(viewportHeight: Int, viewportWidth: Int) {
        guard let index = currentMatch else { return }
        let hit = matches[index]
        let height = max(1, viewportHeight)
        let lastLine = hit.line + (hit.continuation == nil || height < 2 ? 0 : 1)
        if hit.line < scrollY || lastLine >= Viewport.add(scrollY, height) {
            scrollY = min(max(0, hit.line - height / 3), maxScrollY(height))
        }
        let width = max(1, viewportWidth)
        let ink = Self.inkColumns(of: lines[hit.line]) ?? hit.columns
        var start = hit.columns.lowerBound - (ink.lowerBound < hit.columns.lowerBound ? 1 : 0)
        var end = hit.columns.upperBound + (ink.upperBound > hit.columns.upperBound ? 1 : 0)
        if end - start > width { (start, end) = (hit.columns.lowerBound, hit.columns.upperBound) }  // no room for the margins
        if start < scrollX {
            scrollX = max(0, start)
        } else if end > Viewport.add(scrollX, width) {
            scrollX = max(0, end - width)
        }
    }

    // MARK: Rendering

    /// Marks the last column of a line that goes on past the right edge (`›`, `>` in ASCII).
    static let continuesRight = "›"
    /// Marks the first column of a line with text hidden left of the edge (`‹`, `<` in ASCII).
    static let continuesLeft = "‹"

    /// Draws the visible part of the text into `rect`, with search hits in the accent role
    /// (the current hit also bold and underlined), and a dim marker at an edge that hides some of a line's text.
    public func render(into grid: inout Grid, in rect: Rect) {
        grid.fill(rect)
        guard !rect.isEmpty else { return }
        let top = min(scrollY, maxScrollY(rect.height))
        for row in 0..<min(rect.height, max(0, lines.count - top)) {
            grid.drawRuns(lines[top + row], in: rect.row(row), skipColumns: scrollX)
        }
        for (index, hit) in matches.enumerated() {
            let extra: TextAttributes = index == currentMatch ? [.bold, .underline] : []
            for (lineIndex, columns) in [(hit.line, hit.columns), (hit.line + 1, hit.continuation)] {
                guard let columns, lineIndex >= top, lineIndex < top + rect.height else { continue }
                let line = rect.row(lineIndex - top)
                let area = Rect(x: line.x + columns.lowerBound - scrollX, y: line.y, width: columns.count, height: 1)
                grid.restyle(area.intersection(line)) { style in
                    style = CellStyle(.accent, attributes: extra)
                }
            }
        }
        for row in 0..<min(rect.height, max(0, lines.count - top)) {
            guard let ink = Self.inkColumns(of: lines[top + row]) else { continue }
            let line = rect.row(row)
            if ink.lowerBound < scrollX {
                grid.drawText(Self.continuesLeft, in: Rect(x: line.x, y: line.y, width: 1, height: 1), style: CellStyle(.dim))
            }
            if ink.upperBound > Viewport.add(scrollX, line.width) {
                grid.drawText(Self.continuesRight, in: Rect(x: line.maxX - 1, y: line.y, width: 1, height: 1), style: CellStyle(.dim))
            }
        }
    }

    /// The columns from a line's first visible character to the end of its last one (nil when it is blank), so
    /// padding hidden beyond an edge is not taken for text.
    private static func inkColumns(of line: [StyledRun]) -> Range<Int>? {
        var column = 0
        var first: Int?
        var end = 0
        for run in line {
            for character in Sanitizer.clean(run.text) {
                let width = clusterWidth(character)
                if width > 0, !character.isWhitespace {
                    if first == nil { first = column }
                    end = column + width
                }
                column += width
            }
        }
        return first.map { $0..<end }
    }
}
