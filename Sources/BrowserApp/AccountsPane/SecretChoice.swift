/// Where the account form says the secret comes from: typed and stored, an environment variable, or a command.
public enum SecretChoice: Int, CaseIterable, Hashable, Sendable {
    /// Typed into the form and kept in `credentials.json`.
    case stored
    /// Read from the environment variable the form names.
    case environment
    /// The first line printed by the command the form gives (`pass`, `op`, `secret-tool`).
    case command

    /// The choice as the form shows it.
    var title: String {
        switch self {
        case .stored: "credentials.json"
        case .environment: "environment variable"
        case .command: "command"
        }
    }

    /// The label of the field below the choice: the secret itself, or where to find it.
    var fieldLabel: String {
        switch self {
        case .stored: "Secret"
        case .environment: "Variable"
        case .command: "Command"
        }
    }

    /// Whether the field holds the secret itself, so it is masked and never kept after the form closes.
    public var isStored: Bool { self == .stored }
}
