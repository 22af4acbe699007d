extension CQLSortKey: CustomStringConvertible {
    /// Canonical CQL text of the sort key, e.g. `created DESC`.
    public var description: String {
        var output = ""
        CQLPrinter.write(self, to: &output)
        return output
    }
}
