extension CQLValue: CustomStringConvertible {
    /// Canonical CQL text of the value: quoted string, number, `name(args)` or `(a, b)`.
    public var description: String {
        var output = ""
        CQLPrinter.write(self, to: &output)
        return output
    }
}
