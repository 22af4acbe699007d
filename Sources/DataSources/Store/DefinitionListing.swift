public import LocalStore

/// What `DefinitionStore.list()` found: the readable definitions, and every file it could not read.
public struct DefinitionListing: Hashable, Sendable {
    /// Readable definitions, sorted by name.
    public var definitions: [DataSourceDefinition]
    /// Files that are not definitions (corrupt JSON, wrong fields, bad file names), sorted by path; left untouched.
    public var problems: [JSONFileProblem]

    /// Creates a listing.
    public init(definitions: [DataSourceDefinition] = [], problems: [JSONFileProblem] = []) {
        self.definitions = definitions
        self.problems = problems
    }
}
