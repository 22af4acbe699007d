import Accounts
import ConfluenceKit
import Foundation
import Testing

@Suite(.removesTemporaryFolders)
struct SecretResolverTests {
    private func resolver(_ environment: [String: String] = ["PATH": "/usr/bin:/bin"], timeout: Duration = .seconds(10)) throws -> SecretResolver {
        SecretResolver(credentials: CredentialsFile(directory: try temporaryConfig()), environment: environment, commandTimeout: timeout)
    }

    @Test func theCredentialsFileSourceReadsTheAccountsEntry() async throws {
        let resolver = try resolver()
        let account = makeAccount(kind: .cloudBasic)
        let missing = await #expect(throws: AccountsError.self) { try await resolver.secret(for: account) }
        #expect(missing?.description == "credentials.json holds no API token for account work; store one with confluence-tui accounts edit work --secret-stdin (or --secret-file, --secret-env, --secret-command)")
        try await resolver.credentials.setSecret(Secret("ATATT-token"), forAccount: "work")
        #expect(try await resolver.secret(for: account).reveal() == "ATATT-token")
    }

    @Test func theEnvironmentSourceReadsTheNamedVariable() async throws {
        let account = makeAccount(kind: .dataCenterPAT, source: .environment("CONF_PAT"))
        #expect(try await resolver(["CONF_PAT": "pat-value"]).secret(for: account).reveal() == "pat-value")
        let unset = await #expect(throws: AccountsError.self) { try await resolver([:]).secret(for: account) }
        #expect(unset?.description == "the environment variable CONF_PAT, which holds the secret of account work, is not set or empty")
        await #expect(throws: AccountsError.self) { try await resolver(["CONF_PAT": ""]).secret(for: account) }
    }

    @Test func everySourceIsTrimmedAndAControlCharacterIsRefusedWithoutTheSecret() async throws {
        let variable = makeAccount(kind: .dataCenterPAT, source: .environment("PS"))
        #expect(try await resolver(["PS": " pat-value\r\n"]).secret(for: variable).reveal() == "pat-value")
        let refused = await #expect(throws: AccountsError.self) { try await resolver(["PS": "PATSECRET\u{7}999"]).secret(for: variable) }
        #expect(refused?.description.hasPrefix("the personal access token in PS holds a control character") == true)
        #expect(refused?.isInvalidInput == true)
        let stored = try resolver()
        try await stored.credentials.setSecret(Secret("tok\u{1B}en"), forAccount: "work")
        let file = await #expect(throws: AccountsError.self) { try await stored.secret(for: makeAccount(kind: .cloudBasic)) }
        #expect(file?.description.hasPrefix("the API token stored for account work in credentials.json holds a control character") == true)
        let command = makeAccount(kind: .cloudBasic, source: .command(["printf", "a\\tb\\n"]))
        let printed = await #expect(throws: AccountsError.self) { try await resolver().secret(for: command) }
        #expect(printed?.description.hasPrefix("the API token printed by `printf` holds a control character") == true)
    }

    @Test func aPasswordKeepsTheSpacesAroundItWhileATokenLosesThem() async throws {
        let password = makeAccount(kind: .dataCenterPassword, source: .environment("PW"))
        #expect(try await resolver(["PW": " pass word \r\n"]).secret(for: password).reveal() == " pass word ")
        let token = makeAccount(kind: .dataCenterPAT, source: .environment("PW"))
        #expect(try await resolver(["PW": " pass word \r\n"]).secret(for: token).reveal() == "pass word")
        let blank = await #expect(throws: AccountsError.self) { try await resolver(["PW": "  \n"]).secret(for: password) }
        #expect(blank?.description == "the password in PW is empty")
    }

    @Test func theCommandSourceTakesTheFirstLineOfStandardOutput() async throws {
        let account = makeAccount(kind: .cloudBasic, source: .command(["printf", "from-command-secret\\nmetadata: x\\n"]))
        #expect(try await resolver().secret(for: account).reveal() == "from-command-secret")
    }

    @Test func aFailingCommandIsDescribedByItsStandardErrorNeverItsOutput() async throws {
        let script = "echo leaked-secret-value; echo 'gpg: decryption failed' >&2; echo 'again leaked-secret-value' >&2; exit 3"
        let account = makeAccount(kind: .cloudBasic, source: .command(["sh", "-c", script]))
        let error = await #expect(throws: AccountsError.self) { try await resolver().secret(for: account) }
        let sentence = error?.description ?? ""
        #expect(sentence.hasPrefix("the secret command `sh` of account work exited with status 3: gpg: decryption failed"))
        #expect(!sentence.contains("leaked-secret-value"))
    }

    /// A command that started a child of its own (a shell wrapper) is stopped with that child, which would
    /// otherwise keep the output pipe, and the read of it, open.
    @Test(arguments: [["sleep", "30"], ["sh", "-c", "sleep 30; echo late"]])
    func aHangingCommandIsStoppedAtItsTimeout(command: [String]) async throws {
        let account = makeAccount(kind: .cloudBasic, source: .command(command))
        let started = ContinuousClock.now
        let error = await #expect(throws: AccountsError.self) { try await resolver(timeout: .milliseconds(300)).secret(for: account) }
        #expect(error?.description == "the secret command `\(command[0])` of account work did not finish within 0.3 seconds and was stopped")
        #expect(ContinuousClock.now - started < .seconds(29), "stopped before the 30 s sleep would have ended")
    }

    /// A failing command's error output is shown, but no piece of what it printed as the secret: a prefix, a case variant.
    @Test func aFailingCommandsErrorOutputHidesPiecesOfTheSecret() async throws {
        let script = "echo SUPERSECRET-123; echo 'cannot unlock token SUPERSECRET (prefix) / SUPERSECRET-12 / supersecret-123' >&2; exit 1"
        let account = makeAccount(kind: .cloudBasic, source: .command(["/bin/sh", "-c", script]))
        let error = await #expect(throws: AccountsError.self) { try await resolver().secret(for: account) }
        let sentence = error?.description ?? ""
        #expect(sentence.hasPrefix("the secret command `/bin/sh` of account work exited with status 1: cannot unlock token <redacted>"), "\(sentence)")
        #expect(!sentence.lowercased().contains("supersec"), "\(sentence)")
    }

    @Test func aMissingOrSilentCommandIsExplained() async throws {
        let missing = makeAccount(kind: .cloudBasic, source: .command(["no-such-secret-tool-xyz"]))
        let notFound = await #expect(throws: AccountsError.self) { try await resolver().secret(for: missing) }
        #expect(notFound?.description == "the secret command `no-such-secret-tool-xyz` of account work was not found (looked in PATH)")
        let byPath = makeAccount(kind: .cloudBasic, source: .command(["/nonexistent/bin/pass", "show"]))
        let notThere = await #expect(throws: AccountsError.self) { try await resolver().secret(for: byPath) }
        #expect(notThere?.description == "the secret command `/nonexistent/bin/pass` of account work is not an executable file",
                "a path is not looked up in PATH")
        let silent = makeAccount(kind: .cloudBasic, source: .command(["true"]))
        let empty = await #expect(throws: AccountsError.self) { try await resolver().secret(for: silent) }
        #expect(empty?.description == "the secret command `true` of account work printed nothing")
    }
}
