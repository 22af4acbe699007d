public import DataSources

/// The saved definitions as the definitions overlay lists them, with the files that could not be read.
public struct DefinitionList: Hashable, Sendable {
    /// Readable definitions, sorted by name.
    public var definitions: [DataSourceDefinition]
    /// One sentence per unreadable file (left untouched).
    public var problems: [String]
    /// The other name a definition's file holds, by definition name (see `DefinitionListing.namesInFiles`).
    public var namesInFiles: [String: String]

    /// Creates a list.
    public init(definitions: [DataSourceDefinition], problems: [String] = [], namesInFiles: [String: String] = [:]) {
        self.definitions = definitions
        self.problems = problems
        self.namesInFiles = namesInFiles
    }
}
