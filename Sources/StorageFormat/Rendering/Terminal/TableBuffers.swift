/// The arrays a table's sizing and drawing fill, kept from table to table for their storage: a table
/// then allocates none of them.
struct TableBuffers {
    /// One column's minimum, longest word and preferred width, then the width it is given.
    struct Column {
        /// The longest word, at most `TableRenderer.maxMinimumColumnWidth`: below this the table gives way to records.
        var minimum = 1
        /// The longest word, whole: what the column gets, room allowing, before any column grows past its words.
        var word = 1
        var preferred = 1
        var width = 0
    }

    /// Every column's widths, in one array rather than one per kind.
    var columns: [Column] = []
    /// Each placed cell's lines in the cells' lines, and its width inside its borders.
    var placed: [(lines: Range<Int>, inner: Int)] = []
    /// Each row's height, first line and where its segments end in `segments`.
    var rowLines: [(height: Int, top: Int, segmentEnd: Int)] = []
    /// Every row's segments, row after row.
    var segments: [TableDrawing.Segment] = []
    /// The border line being drawn.
    var edge = LineBytes()
}
