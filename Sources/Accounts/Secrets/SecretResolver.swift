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

    /// The account's secret (API token, password, personal access token, or OAuth client secret).
    public func secret(for account: Account) async throws(AccountsError) -> Secret {
        switch account.secretSource {
        case .credentialsFile:
            guard let secret = try credentials.entry(forAccount: account.name).secret, !secret.isEmpty else {
                throw AccountsError(.secretMissing(account: account.name, secretName: account.authKind.secretName))
            }
            return secret
        case .environment(let variable):
            guard let value = environment[variable], !value.isEmpty else {
                throw AccountsError(.environmentUnset(account: account.name, variable: variable))
            }
            return Secret(value)
        case .command(let argv):
            do {
                return Secret(try await SecretCommand(argv: argv, environment: environment, timeout: commandTimeout).run())
            } catch {
                throw AccountsError(.command(account: account.name, program: "`\(argv.first ?? "")`", problem: error.problem))
            }
        }
    }
}
