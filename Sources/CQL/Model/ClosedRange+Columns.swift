extension ClosedRange<Int> {
    /// The columns as a sentence names them: `column 9`, or `columns 1-4`.
    var columnsLabel: String {
        lowerBound == upperBound ? "column \(lowerBound)" : "columns \(lowerBound)-\(upperBound)"
    }
}
