/// Scroll arithmetic shared by the list, tree and text widgets.
enum Viewport {
    /// The scroll offset that keeps `selection` visible in `height` rows, starting from `current`
    /// and never scrolling past the end of `count` rows.
    static func offset(current: Int, selection: Int?, count: Int, height: Int) -> Int {
        guard height > 0, count > 0 else { return 0 }
        var offset = min(max(0, current), max(0, count - height))
        if let selection {
            if selection < offset { offset = selection }
            if selection >= offset + height { offset = selection - height + 1 }
        }
        return max(0, offset)
    }

    /// `index + delta` clamped to `0..<count` (nil when the list is empty).
    static func move(_ index: Int?, by delta: Int, count: Int) -> Int? {
        guard count > 0 else { return nil }
        return min(max(0, (index ?? 0) + delta), count - 1)
    }
}
