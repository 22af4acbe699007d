public import ConfluenceKit
import Foundation

/// Runs `accounts test`: resolves the account, calls whoami and one list per API family, diagnoses each
/// failure into a sentence, and stores the outcome as the account's last test result.
public struct AccountTester: Sendable {
    /// Resolves accounts and stores the result.
    public let resolver: AccountResolver
    /// Sends the Confluence requests.
    public let transport: any HTTPTransport
    /// Client settings (retries are kept low so a wrong password is not repeated).
    public let configuration: ClientConfiguration

    /// Creates a tester.
    public init(resolver: AccountResolver, transport: any HTTPTransport, configuration: ClientConfiguration = ClientConfiguration(retry: RetryPolicy(maxAttempts: 2), pageSize: 1)) {
        self.resolver = resolver
        self.transport = transport
        self.configuration = configuration
    }

    /// Tests the named (or default) account; never throws: every failure becomes a sentence in the report.
    public func test(accountNamed name: String?) async -> AccountTestReport {
        let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        let account: Account
        do {
            account = try resolver.accounts.account(named: name)
        } catch {
            return AccountTestReport(account: name ?? "(default)", siteKind: .cloud, site: nil, user: nil, probes: [], failures: ["\(error)"], at: now)
        }
        let report = await test(account, at: now)
        try? await resolver.accounts.recordTest(report.result, forAccount: account.name)
        return report
    }

    private func test(_ account: Account, at now: Date) async -> AccountTestReport {
        let resolved: ResolvedAccount
        do {
            resolved = try await resolver.resolve(account)
        } catch {
            let sentence = AccountDiagnosis.sentence(for: .error(error), account: account, secretShape: nil)
            return AccountTestReport(account: account.name, siteKind: account.siteKind, site: nil, user: nil, probes: [], failures: [sentence], at: now)
        }
        let client = resolved.client(transport: transport, configuration: configuration)
        var failures: [String] = []
        var probes: [AccountTestReport.Probe] = []
        var user: User?
        // The report is printed and its sentence stored in accounts.json: whatever a failure says, the secret never is.
        func diagnose(_ failure: AccountCheckFailure) -> String {
            resolved.redactor.clean(AccountDiagnosis.sentence(for: failure, account: resolved.account, secretShape: resolved.secretShape))
        }
        do {
            let answer = try await client.currentUser()
            if answer.isAnonymous {
                failures.append(diagnose(.answeredAsAnonymous))
            } else {
                user = answer
            }
            probes.append(.init(api: "REST v1 (/rest/api)", ok: !answer.isAnonymous))
        } catch {
            failures.append(diagnose(.error(error)))
            probes.append(.init(api: "REST v1 (/rest/api)", ok: false))
        }
        if resolved.site.kind == .cloud, user != nil {
            do {
                _ = try await client.spaces().collect(limit: 1)
                probes.append(.init(api: "REST v2 (/api/v2)", ok: true))
            } catch {
                failures.append(diagnose(.error(error)))
                probes.append(.init(api: "REST v2 (/api/v2)", ok: false))
            }
        }
        return AccountTestReport(
            account: account.name, siteKind: resolved.account.siteKind, site: resolved.site.description,
            user: user, probes: probes, failures: failures, at: now
        )
    }
}
