public import LocalStore
/// A store operation failed; the description is the sentence to show.
public struct DefinitionStoreError: Error, Hashable, Sendable, CustomStringConvertible {
    enum Reason: Hashable, Sendable {
        case notFound(name: String, path: String)
        case alreadyExists(name: String, path: String)
        case caseTwin(name: String, existing: String)
        case corrupt(JSONFileProblem)
        case corruptTarget(JSONFileProblem)
        case invalidName(String)
        case invalid(DefinitionValidationError)
        case fileSystem(FileSystemError)
        case cancelled
    }

    let reason: Reason

    init(_ reason: Reason) {
        self.reason = reason
    }

    /// Whether no definition of that name exists.
    public var isNotFound: Bool {
        if case .notFound = reason { return true }
        return false
    }

    /// Whether a definition of exactly the target name exists, which a save allowed to overwrite replaces (a name that
    /// differs only in case is taken too, but never replaced).
    public var isExactNameTaken: Bool {
        if case .alreadyExists = reason { return true }
        return false
    }

    /// Whether the target name is already taken.
    public var isAlreadyExists: Bool {
        if case .alreadyExists = reason { return true }
        if case .caseTwin = reason { return true }
        return false
    }

    /// Whether the input was at fault: a name that is not a definition name, or a definition that breaks a rule.
    public var isInvalid: Bool {
        switch reason {
        case .invalid, .invalidName: true
        default: false
        }
    }

    /// The file problem, when the operation met a corrupt file (which is left untouched).
    public var fileProblem: JSONFileProblem? {
        switch reason {
        case .corrupt(let problem), .corruptTarget(let problem): problem
        default: nil
        }
    }

    /// The validation failure, when the definition itself was not valid.
    public var validationError: DefinitionValidationError? {
        if case .invalid(let error) = reason { return error }
        return nil
    }

    public var description: String {
        switch reason {
        case .notFound(let name, let path):
            "there is no definition named \"\(name)\" (looked for \(path))"
        case .alreadyExists(let name, let path):
            "a definition named \"\(name)\" already exists (\(path)); choose another name or delete it first"
        case .caseTwin(let name, let existing):
            "the definition name \"\(name)\" differs from \"\(existing)\" only in case, which some file systems do not tell apart; "
                + "choose another name, or use \"\(existing)\""
        case .corrupt(let problem):
            "the definition file is corrupt and was left as it is: \(problem)"
        case .corruptTarget(let problem):
            "the file to be replaced is corrupt and was left as it is (delete it to replace it): \(problem)"
        case .invalidName(let sentence):
            sentence
        case .invalid(let error):
            error.description
        case .fileSystem(let error):
            error.description
        case .cancelled:
            "the operation was cancelled before it wrote anything"
        }
    }
}
