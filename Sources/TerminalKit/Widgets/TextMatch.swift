/// One search hit in a `TextView`, in display columns.
public struct TextMatch: Hashable, Sendable {
    /// Line index.
    public let line: Int
    /// Display columns of the hit within the line.
    public let columns: Range<Int>
}
