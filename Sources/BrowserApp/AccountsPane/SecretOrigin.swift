/// Where an account form says the secret comes from.
public enum SecretOrigin: String, CaseIterable, Hashable, Sendable {
    /// Stored in `credentials.json` (the form's secret field is masked).
    case credentialsFile = "credentials.json"
    /// Read from an environment variable each time (the field names it).
    case environment = "environment variable"
    /// The first line a command prints (the field holds the command, split on spaces, no shell).
    case command

    /// The label of the form's secret field for this origin.
    var fieldLabel: String {
        switch self {
        case .credentialsFile: "Secret"
        case .environment: "Env var"
        case .command: "Command"
        }
    }
}
