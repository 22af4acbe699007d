/// One search hit in a `TextView`, in display columns.
public struct TextMatch: Hashable, Sendable {
    /// Line index.
    public let line: Int
    /// Display columns of the hit within the line.
    public let columns: Range<Int>
    /// For a hit that goes on at the start of the next line (a paragraph the producer wrapped there), its columns there.
    public var continuation: Range<Int>? = nil
}
