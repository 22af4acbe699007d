/// One section of a page layout: cells shown side by side in Confluence, read left to right.
public struct LayoutSection: Sendable, Hashable {
    /// The layout type (`two_equal`, `single`, ...), if given.
    public var type: String?
    /// Each cell's content, in reading order.
    public var cells: [[Block]]

    /// Creates a layout section.
    public init(type: String? = nil, cells: [[Block]]) {
        self.type = type
        self.cells = cells
    }
}
