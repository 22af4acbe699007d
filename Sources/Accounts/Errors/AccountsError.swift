import ConfluenceKit
import LocalStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failure of account storage, secret lookup or account resolution, as a sentence a user can act on.
///
/// Descriptions name files, accounts, variables and commands, never a secret.
public struct AccountsError: Error, Sendable, CustomStringConvertible {
    enum Reason: Sendable {
        case corruptFile(path: String, line: Int?, column: Int?, detail: String)
        case unsupportedVersion(path: String, version: Int)
        case file(FileSystemError)
        case system(action: String, path: String, code: Int32)
        case tooOpen(path: String, mode: Int)
        case notFound(String)
        case duplicate(String)
        case noDefault
        case noAccounts
        case invalid(AccountProblem)
        case secretMissing(account: String, secretName: String)
        case environmentUnset(account: String, variable: String)
        case command(account: String, program: String, problem: String)
        case invalidSecret(InvalidSecretError)
        case cloudIdDiscovery(site: String, detail: String)
        case needsLogin(account: String, why: String)
    }

    let reason: Reason

    init(_ reason: Reason) {
        self.reason = reason
    }

    /// Whether a file was written by a newer confluence-tui, in a format this one does not read.
    public var isUnsupportedVersion: Bool {
        if case .unsupportedVersion = reason { return true }
        return false
    }

    /// This error with `advice` after its sentence when it reports a corrupt file, else as it is.
    func advising(_ advice: String) -> AccountsError {
        guard case .corruptFile(let path, let line, let column, let detail) = reason else { return self }
        return AccountsError(.corruptFile(path: path, line: line, column: column, detail: "\(detail); \(advice)"))
    }

    /// Wraps a file system failure.
    static func file(_ error: FileSystemError) -> AccountsError { AccountsError(.file(error)) }

    /// The account named was not found.
    public var isNotFound: Bool {
        if case .notFound = reason { return true }
        return false
    }

    /// Whether the input was at fault (an account name that is not there or is taken, no default to fall back on, an
    /// account that breaks a rule) rather than a file, a command or a site.
    public var isInvalidInput: Bool {
        switch reason {
        case .notFound, .duplicate, .noDefault, .noAccounts, .invalid, .invalidSecret: true
        default: false
        }
    }

    /// The account setting the input got wrong (a name that is taken, a secret that cannot be one, a rule an account
    /// breaks), so a form can focus it; nil when the failure is not about one setting.
    public var setting: AccountProblem.Setting? {
        switch reason {
        case .duplicate: .name
        case .invalidSecret: .secret
        case .invalid(let problem): problem.setting
        default: nil
        }
    }

    /// The file could not be read because it is corrupt (its path and line are in the description).
    public var isCorruptFile: Bool {
        if case .corruptFile = reason { return true }
        return false
    }

    /// `credentials.json` is readable or writable by other users.
    public var isPermissionTooOpen: Bool {
        if case .tooOpen = reason { return true }
        return false
    }

    /// The account cannot be used until `auth login` runs.
    public var needsLogin: Bool {
        if case .needsLogin = reason { return true }
        return false
    }

    public var description: String {
        switch reason {
        case .corruptFile(let path, let line, let column, let detail):
            let place = line.map { ":\($0)" + (column.map { ":\($0)" } ?? "") } ?? ""
            return "\(path)\(place): the file is corrupt and was left as it is: \(detail)"
        case .unsupportedVersion(let path, let version):
            return "\(path) has format version \(version), newer than this confluence-tui understands; it was left as it is"
        case .file(let error):
            return error.description
        case .system(let action, let path, let code):
            return "could not \(action) \(path): \(String(cString: strerror(code)))"
        case .tooOpen(let path, let mode):
            let name = path.split(separator: "/").last.map(String.init) ?? path
            let octal = String(mode, radix: 8)
            let padded = String(repeating: "0", count: max(0, 4 - octal.count)) + octal
            let access = mode & 0o044 != 0 ? "readable" : "writable"
            return "\(name) is \(access) by others (mode \(padded)); run chmod 600 \(path)"
        case .notFound(let name):
            if name.isEmpty { return "an account name cannot be empty (see confluence-tui accounts list)" }
            return "there is no account named \(name) (see confluence-tui accounts list)"
        case .duplicate(let name):
            return "an account named \(name) already exists (names differing only in case count as the same)"
        case .noAccounts:
            return "no account is configured; add one with confluence-tui accounts add NAME --site URL --auth KIND"
        case .noDefault:
            return "no account is the default; pass --account NAME or run confluence-tui accounts default NAME"
        case .invalid(let problem):
            return problem.description
        case .secretMissing(let account, let secretName):
            return "credentials.json holds no \(secretName) for account \(account); store one with confluence-tui accounts edit \(account) --secret-stdin (or --secret-file, --secret-env, --secret-command)"
        case .environmentUnset(let account, let variable):
            return "the environment variable \(variable), which holds the secret of account \(account), is not set or empty"
        case .command(let account, let program, let problem):
            return "the secret command \(program) of account \(account) \(problem)"
        case .invalidSecret(let error):
            return error.description
        case .cloudIdDiscovery(let site, let detail):
            return "could not find the cloudId of \(site) (from /_edge/tenant_info): \(detail)"
        case .needsLogin(let account, let why):
            return "account \(account) \(why); run confluence-tui auth login --account \(account)"
        }
    }
}
