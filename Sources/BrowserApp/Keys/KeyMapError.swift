/// Why `keys.json` could not be used; the app starts with the default bindings and shows this sentence.
public struct KeyMapError: Error, Hashable, Sendable, CustomStringConvertible {
    enum Reason: Hashable, Sendable {
        case unreadable(String)
        case notJSON(String)
        case notAnObject
        case unknownCommand(String)
        case badKeyList(String)
        case unknownKey(command: String, key: String)
        case conflict(key: String, first: String, second: String)
    }

    /// The file the bindings came from.
    public let path: String
    let reason: Reason

    /// A sentence for the user, naming the file and the problem.
    public var description: String {
        let problem: String
        switch reason {
        case .unreadable(let why): problem = "could not be read (\(why))"
        case .notJSON(let why): problem = "is not valid JSON (\(why))"
        case .notAnObject: problem = "must hold a JSON object mapping command names to key lists"
        case .unknownCommand(let name):
            problem = "names the unknown command \"\(name)\"; known commands: "
                + Command.allCases.map(\.rawValue).joined(separator: ", ")
        case .badKeyList(let command): problem = "must map \"\(command)\" to a key name or a list of key names"
        case .unknownKey(let command, let key):
            problem = "binds \"\(command)\" to \"\(key)\", which is not a key name (use e.g. j, Down, PgDn, Ctrl-D, Shift-Tab, Space, F5)"
        case .conflict(let key, let first, let second):
            problem = "binds \(key) to both \"\(first)\" and \"\(second)\""
        }
        return "The key bindings file \(path) \(problem); using the default bindings."
    }
}
