extension StorageDocument {
    /// Whether a `children` macro anywhere in the body lists the page's own children, which the renderers name from
    /// `RenderOptions.childPageTitles`: a caller fetches the titles only when this holds.
    public var listsPageChildren: Bool {
        var found = false
        Block.forEachInReadingOrder(blocks, enteringTables: true) { block in
            if !found, case .macro(let macro) = block { found = macro.listsPageChildren }
        }
        return found
    }
}
