/// Selection and scroll position over a run of rows, shared by `ListView` and `TreeModel`.
struct RowCursor: Hashable, Sendable {
    /// Index of the selected row.
    var selection: Int?
    /// Index of the first row shown the last time the selection moved.
    var scrollOffset = 0

    /// The first row to show in `height` rows: the stored offset, moved just enough to keep the
    /// selection visible and never past the end (so a resize never hides the selection).
    func visibleOffset(count: Int, height: Int) -> Int {
        Viewport.offset(current: scrollOffset, selection: selection, count: count, height: height)
    }

    /// Selects `index` and scrolls it into view; `centered`, a row out of view comes to the middle, with the rows
    /// around it (the way to it, in a tree), rather than to an edge.
    mutating func select(_ index: Int?, count: Int, viewportHeight: Int, centered: Bool = false) {
        selection = index
        if centered, let index, index < scrollOffset || index >= scrollOffset + viewportHeight {
            scrollOffset = max(0, index - viewportHeight / 2)
        }
        scrollOffset = Viewport.offset(current: scrollOffset, selection: index, count: count, height: viewportHeight)
    }

    /// Moves the selection by `delta` rows, clamped to the rows.
    mutating func move(by delta: Int, count: Int, viewportHeight: Int) {
        let target: Int? = count > 0 ? min(max(0, Viewport.add(selection ?? 0, delta)), count - 1) : nil
        select(target, count: count, viewportHeight: viewportHeight)
    }

    /// Selects the row `offset` rows below the top of the viewport; false when there is none.
    mutating func selectRow(atViewportOffset offset: Int, count: Int, viewportHeight: Int) -> Bool {
        guard offset >= 0, offset < viewportHeight else { return false }
        let index = visibleOffset(count: count, height: viewportHeight) + offset
        guard index < count else { return false }
        select(index, count: count, viewportHeight: viewportHeight)
        return true
    }

    /// Keeps the scroll offset inside `count` rows after the rows changed.
    mutating func clampScroll(count: Int) {
        scrollOffset = min(scrollOffset, max(0, count - 1))
    }
}
