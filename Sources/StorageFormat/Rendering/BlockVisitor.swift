/// What a depth-first block walk reports to.
protocol BlockVisitor {
    /// A block without nested blocks: heading, paragraph, code, table, table of contents or rule.
    mutating func leaf(_ block: Block)
    mutating func enter(_ container: BlockContainer)
    mutating func exit(_ container: BlockContainer)
}

extension BlockVisitor {
    /// Visits `blocks` and everything they hold, depth first.
    mutating func visit(_ blocks: [Block]) {
        var traversal = BlockTraversal(blocks)
        traversal.run(&self)
    }
}
