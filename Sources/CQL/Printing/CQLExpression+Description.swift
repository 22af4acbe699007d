extension CQLExpression: CustomStringConvertible {
    /// Canonical CQL text of the expression, e.g. `label = "a" AND (space = "X" OR type = "page")`.
    public var description: String {
        var output = ""
        CQLPrinter.write(self, to: &output)
        return output
    }
}
