extension CQLClause: CustomStringConvertible {
    /// Canonical CQL text of the clause, e.g. `space.key = "DOC"`.
    public var description: String {
        var output = ""
        CQLPrinter.write(self, to: &output)
        return output
    }
}
