/// The cell shape both text renderers put on one line of a table.
extension TableCell {
    /// Whether the cell holds at most one block, and that block is a paragraph.
    var holdsAtMostOneParagraph: Bool {
        blocks.count <= 1 && blocks.allSatisfy {
            if case .paragraph = $0 { return true } else { return false }
        }
    }
}
