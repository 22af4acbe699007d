/// Scroll arithmetic shared by the list, tree and text widgets.
enum Viewport {
    /// The scroll offset that keeps `selection` visible in `height` rows, starting from `current`
    /// and never scrolling past the end of `count` rows.
    static func offset(current: Int, selection: Int?, count: Int, height: Int) -> Int {
        guard height > 0, count > 0 else { return 0 }
        var offset = min(max(0, current), max(0, count - height))
        if let selection {
            if selection < offset { offset = selection }
            if selection >= Viewport.add(offset, height) { offset = selection - height + 1 }
        }
        return max(0, offset)
    }

    /// `a + b`, saturating at the Int bounds instead of trapping (callers pass "huge" deltas).
    static func add(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b > 0 ? Int.max : Int.min) : sum
    }
}
