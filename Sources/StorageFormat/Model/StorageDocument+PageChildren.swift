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

extension [ChildrenListing] {
    /// How many levels below the page these listings name, at most `limit` (which stands for every level): 0 for none.
    public func levels(upTo limit: Int) -> Int {
        map { Swift.min($0.depth ?? limit, limit) }.max() ?? 0
    }
}
