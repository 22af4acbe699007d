extension CQLQuery: CustomStringConvertible {
    /// Canonical text; `parse(q.description) == q` for every `q`. Empty for an empty query.
    public var description: String {
        var output = ""
        if let filter { CQLPrinter.write(filter, to: &output) }
        for (index, key) in orderBy.enumerated() {
            output += index > 0 ? ", " : (output.isEmpty ? "ORDER BY " : " ORDER BY ")
            CQLPrinter.write(key, to: &output)
        }
        return output
    }
}
