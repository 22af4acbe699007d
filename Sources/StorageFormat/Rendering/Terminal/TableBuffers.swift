/// The arrays a table's sizing and drawing fill, kept from table to table for their storage: a table
/// then allocates none of them.
struct TableBuffers {
    /// Each column's minimum and preferred width, then the width it is given.
    var minimum: [Int] = []
    var preferred: [Int] = []
    var widths: [Int] = []
    /// Each placed cell's lines in the cells' lines, and its width inside its borders.
    var placed: [(lines: Range<Int>, inner: Int)] = []
    /// Each row's height, first line and where its segments end in `segments`.
    var rowLines: [(height: Int, top: Int, segmentEnd: Int)] = []
    /// Every row's segments, row after row.
    var segments: [TableDrawing.Segment] = []
    /// The border line being drawn.
    var edge = LineBytes()
}
