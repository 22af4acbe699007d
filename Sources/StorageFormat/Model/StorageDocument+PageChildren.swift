extension StorageDocument {
    /// The `children` macros in the body that list the rendered page's own descendants, in reading order: a caller
    /// fetches the pages (as deep as the deepest asks) for `RenderOptions.childPages` only when there are any.
    public var childrenListings: [ChildrenListing] {
        var listings: [ChildrenListing] = []
        Block.forEachInReadingOrder(blocks, enteringTables: true) { block in
            if case .macro(let macro) = block, let listing = macro.childrenListing { listings.append(listing) }
        }
        return listings
    }
}
