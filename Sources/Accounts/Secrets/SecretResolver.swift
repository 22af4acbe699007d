public import ConfluenceKit
public import Foundation

/// Finds an account's secret in its source: `credentials.json`, an environment variable, or a command.
public struct SecretResolver: Sendable {
    /// The credentials file consulted for `credentialsFile` sources.
    public let credentials: CredentialsFile
    /// The environment consulted for `environment` sources and handed to commands.
    public let environment: [String: String]
    /// How long a secret command may run.
    public let commandTimeout: Duration

    /// Creates a resolver.
    public init(credentials: CredentialsFile, environment: [String: String] = ProcessInfo.processInfo.environment, commandTimeout: Duration = .seconds(30)) {
        self.credentials = credentials
        self.environment = environment
        self.commandTimeout = commandTimeout
    }

    /// The account's secret (API token, password, personal access token, or OAuth client secret), cleaned as
    /// `Secret.cleaned` does (a password keeping its spaces), so one with a control character is refused here rather than sent.
    public func secret(for account: Account) async throws(AccountsError) -> Secret {
        let name = account.authKind.secretName
        let (value, origin) = try await rawSecret(for: account)
        do {
            return try Secret(reading: value, origin: "the \(name) \(origin)", keepingSpaces: account.authKind.secretMayHoldSpaces)
        } catch {
            throw AccountsError(.invalidSecret(error))
        }
    }

    /// The secret as its source holds it, and where that is in words (`in CONFLUENCE_TOKEN`).
    private func rawSecret(for account: Account) async throws(AccountsError) -> (String, String) {
        switch account.secretSource {
        case .credentialsFile:
            guard let secret = try credentials.entry(forAccount: account.name).secret, !secret.isEmpty else {
                throw AccountsError(.secretMissing(account: account.name, secretName: account.authKind.secretName))
            }
            return (secret.reveal(), "stored for account \(account.name) in credentials.json")
        case .environment(let variable):
            guard let value = environment[variable], !value.isEmpty else {
                throw AccountsError(.environmentUnset(account: account.name, variable: variable))
            }
            return (value, "in \(variable)")
        case .command(let argv):
            let program = "`\(argv.first ?? "")`"
            do {
                return (try await SecretCommand(argv: argv, environment: environment, timeout: commandTimeout).run(), "printed by \(program)")
            } catch {
                throw AccountsError(.command(account: account.name, program: program, problem: error.problem))
            }
        }
    }
}
