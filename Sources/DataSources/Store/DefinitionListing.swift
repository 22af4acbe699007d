public import LocalStore

/// What `DefinitionStore.list()` found: the readable definitions, and every file it could not read.
public struct DefinitionListing: Hashable, Sendable {
    /// Readable definitions, sorted by name.
    public var definitions: [DataSourceDefinition]
    /// Files that are not definitions (corrupt JSON, wrong fields, bad file names), sorted by path; left untouched.
    public var problems: [JSONFileProblem]
    /// The name held inside each file that holds another than its own (copied or renamed by hand), by the name the
    /// definition goes by: its file's.
    public var namesInFiles: [String: String]

    /// Creates a listing.
    public init(definitions: [DataSourceDefinition] = [], problems: [JSONFileProblem] = [], namesInFiles: [String: String] = [:]) {
        self.definitions = definitions
        self.problems = problems
        self.namesInFiles = namesInFiles
    }

    /// A sentence on each definition whose file holds another name, sorted by name.
    public var nameNotes: [String] {
        namesInFiles.sorted { $0.key < $1.key }.map { name, written in
            "\(name).json holds the name \"\(written)\"; the definition goes by its file's name, \(name)"
        }
    }
}
