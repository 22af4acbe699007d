extension StorageDocument {
    /// How the body's first `children` macro listing the rendered page's own descendants lists them, or nil when it
    /// has none: a render names the caller's pages under that macro only (see `GeneratedListings`), so a caller fetches
    /// `RenderOptions.childPages` only when this is set, as deep and in the order it asks.
    public var childrenListing: ChildrenListing? {
        var found: ChildrenListing?
        Block.forEachInReadingOrder(blocks, enteringTables: true) { block in
            if found == nil, case .macro(let macro) = block { found = macro.childrenListing }
        }
        return found
    }
}
