/// What a depth-first block walk reports to.
protocol BlockVisitor {
    /// A block without nested blocks: heading, paragraph, code, table, table of contents or rule.
    mutating func leaf(_ block: Block)
    /// A container opens; its blocks follow until the matching `exit`.
    mutating func enter(_ container: BlockContainer)
    /// The container last entered closes.
    mutating func exit(_ container: BlockContainer)
}

extension BlockVisitor {
    /// Visits `blocks` and everything they hold, depth first.
    mutating func visit(_ blocks: [Block]) {
        var traversal = BlockTraversal(blocks)
        traversal.run(&self)
    }
}
