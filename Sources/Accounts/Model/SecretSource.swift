import LocalStore

/// Where an account's secret comes from; it names the place, never holds the secret.
public enum SecretSource: Hashable, Sendable, Codable, CustomStringConvertible {
    /// `credentials.json` in the configuration folder (mode 0600).
    case credentialsFile
    /// The environment variable of that name.
    case environment(String)
    /// The first line a command prints (run without a shell, e.g. `["pass", "show", "confluence"]`).
    case command([String])

    /// The command a line of text names, split at spaces (no shell quoting); nil when the line is blank.
    public static func command(line: String) -> SecretSource? {
        let argv = line.split(separator: " ").map(String.init)
        return argv.isEmpty ? nil : .command(argv)
    }

    /// Why this source can never give a secret, or nil: an environment variable name no shell can set (empty, with a
    /// space or `=`, or starting with a digit), or an empty command.
    public var problem: String? {
        switch self {
        case .credentialsFile:
            return nil
        case .environment(let name):
            if name.isEmpty { return "the environment variable name is empty" }
            let isPortable = name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
            guard !isPortable || name.first?.isNumber == true else { return nil }
            return "\"\(name)\" cannot name an environment variable: use ASCII letters, digits and '_', not starting with a digit"
        case .command(let argv):
            return argv.first?.isEmpty == false ? nil : "the command is empty"
        }
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case type, name, argv
    }

    public init(from decoder: any Decoder) throws {
        try StrictKeys.check(decoder, allowed: CodingKeys.self, what: "secret_source")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let type = try container.decode(String.self, forKey: .type)
        switch type {
        case "credentials_file":
            self = .credentialsFile
        case "environment":
            let name = try container.decode(String.self, forKey: .name)
            guard !name.isEmpty else {
                throw DecodingError.dataCorruptedError(forKey: .name, in: container, debugDescription: "the environment variable name is empty")
            }
            self = .environment(name)
        case "command":
            let argv = try container.decode([String].self, forKey: .argv)
            guard let program = argv.first, !program.isEmpty else {
                throw DecodingError.dataCorruptedError(forKey: .argv, in: container, debugDescription: "the command is empty")
            }
            self = .command(argv)
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .type, in: container,
                debugDescription: "unknown secret source \"\(type)\" (expected credentials_file, environment or command)"
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .credentialsFile:
            try container.encode("credentials_file", forKey: .type)
        case .environment(let name):
            try container.encode("environment", forKey: .type)
            try container.encode(name, forKey: .name)
        case .command(let argv):
            try container.encode("command", forKey: .type)
            try container.encode(argv, forKey: .argv)
        }
    }

    /// "credentials.json", "the environment variable X", "the command `pass show x`".
    public var description: String {
        switch self {
        case .credentialsFile: "credentials.json"
        case .environment(let name): "the environment variable \(name)"
        case .command(let argv): "the command `\(argv.joined(separator: " "))`"
        }
    }
}
