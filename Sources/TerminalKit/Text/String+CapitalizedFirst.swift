extension String {
    /// The string with its first letter upper-cased: a sentence made from an error's description.
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
