/// A selectable, scrollable list with an incremental case-insensitive filter.
///
/// Selection is by item identity, so it survives filtering, reloading and resizing.
public struct ListView<ID: Hashable & Sendable>: Hashable, Sendable {
    /// All items, unfiltered.
    public private(set) var items: [ListItem<ID>]
    /// The current filter text ("" shows everything).
    public private(set) var filter: String = ""
    /// Indices into `items` of the rows shown, in ascending order.
    public private(set) var visible: [Int]
    private var cursor = RowCursor()
    /// The items' folded titles, kept apart from the generic items so filtering runs on concrete arrays.
    private var searchKeys: [[UInt8]]

    /// Index into `visible` of the selected row.
    public var selection: Int? { cursor.selection }
    /// The separator of details that are paths (breadcrumbs), nil for plain details: a path is cut in its middle,
    /// keeping its first part (the space) and its end (the nearest parent), and paths start in one column, after the
    /// widest title shown that leaves them two fifths of the row, where plain details end at the row's right edge.
    public var pathSeparator: String?
    /// Index into `visible` of the first row shown (as of the last selection move).
    public var scrollOffset: Int { cursor.scrollOffset }

    /// Creates a list with the first item selected.
    public init(items: [ListItem<ID>] = []) {
        self.items = items
        visible = Array(items.indices)
        searchKeys = items.map(\.searchKey)
        cursor.selection = items.isEmpty ? nil : 0
    }

    /// Number of rows matching the filter.
    public var matchCount: Int { visible.count }
    /// The selected item.
    public var selectedItem: ListItem<ID>? { selection.map { items[visible[$0]] } }
    /// The selected item's id.
    public var selectedID: ID? { selectedItem?.id }

    /// Replaces the items, keeping the filter and (when still present) the selected id.
    public mutating func setItems(_ newItems: [ListItem<ID>]) {
        let keep = selectedID
        items = newItems
        searchKeys = newItems.map(\.searchKey)
        refilter(from: Array(items.indices), keeping: keep.flatMap { id in items.firstIndex { $0.id == id } })
    }

    /// Sets the filter. When the new text extends the old one only the current matches are searched.
    public mutating func setFilter(_ text: String) {
        let clean = Sanitizer.clean(text)
        let narrowing = !filter.isEmpty && clean.hasPrefix(filter)
        let keep = selection.map { visible[$0] }
        filter = clean
        refilter(from: narrowing ? visible : Array(items.indices), keeping: keep)
    }

    /// Filters `candidates` (ascending item indices) and reselects item `keep` when it still matches.
    private mutating func refilter(from candidates: [Int], keeping keep: Int?) {
        let needle = TextSearch.folded(filter)
        visible = needle.isEmpty ? candidates : candidates.filter { TextSearch.contains(searchKeys[$0], needle) }
        if let keep, let index = Self.position(of: keep, in: visible) {
            cursor.selection = index
        } else {
            cursor.selection = visible.isEmpty ? nil : 0
        }
        cursor.clampScroll(count: visible.count)
    }

    /// Binary search for `value` in the ascending `sorted`.
    private static func position(of value: Int, in sorted: [Int]) -> Int? {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value ? low : nil
    }

    /// Selects the item with `id` if it is visible; returns whether it was.
    @discardableResult
    public mutating func select(id: ID, viewportHeight: Int) -> Bool {
        guard let index = visible.firstIndex(where: { items[$0].id == id }) else { return false }
        cursor.select(index, count: visible.count, viewportHeight: viewportHeight)
        return true
    }

    /// Moves the selection by `delta` rows (clamped) and scrolls it into view.
    public mutating func moveSelection(by delta: Int, viewportHeight: Int) {
        cursor.move(by: delta, count: visible.count, viewportHeight: viewportHeight)
    }

    /// Selects the first row.
    public mutating func selectFirst(viewportHeight: Int) {
        cursor.select(visible.isEmpty ? nil : 0, count: visible.count, viewportHeight: viewportHeight)
    }

    /// Selects the last row.
    public mutating func selectLast(viewportHeight: Int) {
        cursor.select(visible.isEmpty ? nil : visible.count - 1, count: visible.count, viewportHeight: viewportHeight)
    }

    /// Selects the row at `offset` rows below the top of the viewport (a mouse click); false when none.
    @discardableResult
    public mutating func selectRow(atViewportOffset offset: Int, viewportHeight: Int) -> Bool {
        cursor.selectRow(atViewportOffset: offset, count: visible.count, viewportHeight: viewportHeight)
    }

    /// Draws the visible rows into `rect`. The selected row is highlighted (strongly when `focused`),
    /// filter matches in titles use the accent role, and detail text is right-aligned.
    public func render(into grid: inout Grid, in rect: Rect, focused: Bool, theme: Theme) {
        grid.fill(rect)
        guard !rect.isEmpty else { return }
        if visible.isEmpty {
            let message = filter.isEmpty ? "(empty)" : "no match for \"\(filter)\""
            grid.drawText(TextLayout.truncate(message, toWidth: rect.width, ellipsis: theme.glyphs.ellipsis),
                          in: rect, style: CellStyle(.dim))
            return
        }
        let offset = cursor.visibleOffset(count: visible.count, height: rect.height)
        let needle = TextSearch.Needle(filter)
        let widest = widestVisibleTitle
        for row in 0..<min(rect.height, visible.count - offset) {
            let position = offset + row
            let item = items[visible[position]]
            let line = rect.row(row)
            let isSelected = position == selection
            let background: StyleRole? = isSelected ? .selected : nil
            let rowStyle = CellStyle(isSelected ? .selected : .normal, attributes: isSelected && !focused ? .dim : [])
            grid.fill(line, style: rowStyle)
            let (titleRoom, shownDetail) = columns(of: item, width: line.width, widestTitle: widest, ellipsis: theme.glyphs.ellipsis)
            if let shown = shownDetail {
                let detailWidth = displayWidth(shown)
                let x = pathSeparator == nil ? line.maxX - detailWidth : line.x + titleRoom + 1
                grid.drawText(shown, in: Rect(x: x, y: line.y, width: detailWidth, height: 1),
                              style: CellStyle(.dim, background: background, attributes: rowStyle.attributes))
            }
            let title = TextLayout.truncate(item.title, toWidth: titleRoom, ellipsis: theme.glyphs.ellipsis)
            let titleStyle = CellStyle(isSelected ? .selected : item.role, attributes: rowStyle.attributes)
            grid.drawText(title, in: Rect(x: line.x, y: line.y, width: titleRoom, height: 1), style: titleStyle)
            highlightMatches(of: needle, in: title, line: line, grid: &grid)
        }
    }

    /// Whether the selected item's title is cut short on rows `width` wide, so it is read whole only elsewhere.
    public func selectedTitleIsCut(width: Int) -> Bool {
        guard let item = selectedItem else { return false }
        return item.titleWidth > columns(of: item, width: width, widestTitle: widestVisibleTitle, ellipsis: "…").title
    }

    /// The columns `item`'s title gets on a row `width` wide, and its detail as shown: a plain detail takes the room the
    /// title leaves, and at least a third of the row; a path takes what the widest title leaves, and at least two
    /// fifths, a column apart from the titles.
    private func columns(of item: ListItem<ID>, width: Int, widestTitle: Int, ellipsis: String) -> (title: Int, detail: String?) {
        guard let detail = item.detail, !detail.isEmpty, width > 8 else { return (width, nil) }
        guard let pathSeparator else {
            let room = max(width / 3, width - item.titleWidth - 2)
            let end = String(detail.suffix(item.keptDetailEnd))
            let endWidth = displayWidth(end)
            // The kept end stays whole while the text before it keeps a few columns.
            let shown = displayWidth(detail) > room && room - endWidth >= displayWidth(ellipsis) + 4
                ? TextLayout.truncate(String(detail.dropLast(item.keptDetailEnd)), toWidth: room - endWidth, ellipsis: ellipsis) + end
                : TextLayout.truncate(detail, toWidth: room, ellipsis: ellipsis)
            return (max(0, width - displayWidth(shown) - 1), shown)
        }
        let titleColumn = min(widestTitle + 1, width * 3 / 5)
        let room = width - titleColumn - 1
        // A path of one part (a parent's title) keeps its start, as a title does.
        let shown = detail.contains(pathSeparator) ? TextLayout.truncatePath(detail, separator: pathSeparator, toWidth: room, ellipsis: ellipsis)
            : TextLayout.truncate(detail, toWidth: room, ellipsis: ellipsis)
        return (titleColumn, shown)
    }

    /// The widest title among the rows the filter shows, in cells.
    private var widestVisibleTitle: Int {
        visible.reduce(0) { max($0, items[$1].titleWidth) }
    }

    private func highlightMatches(of needle: TextSearch.Needle, in title: String, line: Rect, grid: inout Grid) {
        let ranges = TextSearch.characterRanges(of: needle, in: title)
        for columns in TextSearch.columnRanges(ranges, in: title) {
            let area = Rect(x: line.x + columns.lowerBound, y: line.y, width: columns.count, height: 1).intersection(line)
            grid.restyle(area) { style in
                style = CellStyle(.accent, attributes: style.attributes)
            }
        }
    }
}
