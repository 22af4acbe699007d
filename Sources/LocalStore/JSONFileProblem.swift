/// A JSON file that could not be read as what it should hold: its path, the line of the problem, and why.
///
/// The sentence never quotes the file's values, so a secret pasted into a file cannot leak through it.
public struct JSONFileProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file's path.
    public let path: String
    /// The 1-based line of the problem, when it is in the JSON text.
    public let line: Int?
    /// The 1-based column, for syntax problems.
    public let column: Int?
    /// What is wrong.
    public let sentence: String

    /// Creates a problem report.
    public init(path: String, line: Int?, column: Int? = nil, sentence: String) {
        self.path = path
        self.line = line
        self.column = column
        self.sentence = sentence
    }

    /// `path:line:column: sentence`, the form editors and terminals link to.
    public var description: String {
        var location = path
        if let line { location += ":\(line)" }
        if let line, let column, line > 0 { location += ":\(column)" }
        return "\(location): \(sentence)"
    }
}
