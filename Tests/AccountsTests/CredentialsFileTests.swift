import Accounts
import ConfluenceKit
import Foundation
import LocalStore
import Testing

@Suite(.removesTemporaryFolders)
struct CredentialsFileTests {
    @Test func theFileIsCreatedWithMode0600EvenUnderAPermissiveUmask() async throws {
        let credentials = CredentialsFile(directory: try temporaryConfig())
        let previous = umask(0)
        defer { umask(previous) }
        try await credentials.setSecret(Secret("s3cret-token"), forAccount: "work")
        #expect(try mode(of: credentials.fileURL) == 0o600)
        #expect(try credentials.entry(forAccount: "work").secret?.reveal() == "s3cret-token")
    }

    @Test func aLooserModeIsRefusedWithTheChmodSentenceAndTheFileIsKept() async throws {
        let credentials = CredentialsFile(directory: try temporaryConfig())
        try await credentials.setSecret(Secret("s3cret-token"), forAccount: "work")
        let before = try Data(contentsOf: credentials.fileURL)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: credentials.fileURL.path)
        let error = #expect(throws: AccountsError.self) { try credentials.load() }
        #expect(error?.description == "credentials.json is readable by others (mode 0644); run chmod 600 \(credentials.fileURL.path)")
        #expect(error?.isPermissionTooOpen == true)
        await #expect(throws: AccountsError.self) { try await credentials.setSecret(Secret("other"), forAccount: "work") }
        #expect(try Data(contentsOf: credentials.fileURL) == before)
        #expect(try mode(of: credentials.fileURL) == 0o644)
        try FileManager.default.setAttributes([.posixPermissions: 0o620], ofItemAtPath: credentials.fileURL.path)
        let writable = #expect(throws: AccountsError.self) { try credentials.load() }
        #expect(writable?.description.hasPrefix("credentials.json is writable by others (mode 0620)") == true)
    }

    @Test func tokensAndSecretsRoundTripAndRemovalForgetsThem() async throws {
        let credentials = CredentialsFile(directory: try temporaryConfig())
        let expiry = Date(timeIntervalSince1970: 1_900_000_000)
        let tokens = OAuthTokens(accessToken: Secret("acc"), refreshToken: Secret("ref"), expiresAt: expiry, scope: "offline_access")
        try await credentials.setSecret(Secret("client-secret"), forAccount: "o")
        try await credentials.setTokens(tokens, forAccount: "o")
        try await credentials.setSecret(Secret("pat"), forAccount: "dc")
        #expect(try credentials.entry(forAccount: "o") == StoredCredentials(secret: Secret("client-secret"), tokens: tokens))
        try await credentials.removeAccount(named: "o")
        #expect(try credentials.entry(forAccount: "o").isEmpty)
        #expect(try credentials.entry(forAccount: "dc").secret?.reveal() == "pat")
    }

    @Test func aCorruptCredentialsFileIsReportedWithoutItsContents() throws {
        let credentials = CredentialsFile(directory: try temporaryConfig())
        let text = "{\"version\": 1, \"accounts\": {\"w\": {\"secret\": \"hunter2-secret\" \"oops\": 1}}}"
        try Data(text.utf8).write(to: credentials.fileURL)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: credentials.fileURL.path)
        let error = #expect(throws: AccountsError.self) { try credentials.load() }
        #expect(error?.description.hasPrefix(credentials.fileURL.path + ":1:") == true)
        #expect(error?.description.contains("hunter2") == false)
    }
}
