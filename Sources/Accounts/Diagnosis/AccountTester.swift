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
        // A test stopped, or of an account edited or removed meanwhile, says nothing about the account as it is now.
        guard !Task.isCancelled, let current = try? resolver.accounts.account(named: account.name), current.connectsLike(account) else {
            return report
        }
        try? await resolver.accounts.recordTest(report.result, forAccount: account.name)
        return report
    }

    /// When a test failed, whether the site answers as another kind than the account's sign-in is for: a Cloud site
    /// gives a cloudId at `/_edge/tenant_info`, a Data Center site none. One request, made only after a failure.
    private func kindHint(_ resolved: ResolvedAccount) async -> String? {
        // An Atlassian address is Cloud whatever the probe says.
        if resolved.site.root.host?.lowercased().hasSuffix(".atlassian.net") == true { return nil }
        let isCloud = (try? await CloudIdDiscovery(transport: transport).cloudId(of: resolved.site.root, timeout: .seconds(5))) != nil
        switch (resolved.account.authKind.naturalSiteKind, isCloud) {
        case (.dataCenter, true):
            return "the site answers as Confluence Cloud, where a Data Center token or password never signs in: "
                + "use --auth cloud-basic with the account's email and an API token"
        case (.cloud, false):
            return "the site does not answer as Confluence Cloud: for Data Center, use --auth dc-pat or dc-password "
                + "with the site's whole address, its context path (such as /confluence) included"
        default:
            return nil
        }
    }

    private func test(_ account: Account, at now: Date) async -> AccountTestReport {
        let resolved: ResolvedAccount
        do {
            resolved = try await resolver.resolve(account)
        } catch {
            let sentence = AccountDiagnosis.sentence(for: .error(error), account: account, secretShape: nil)
            // Unresolved, the site is the one the account names, so a report always says where it was tested.
            return AccountTestReport(account: account.name, siteKind: account.siteKind, site: SiteAddress.shown(account.siteURL.absoluteString),
                                     user: nil, probes: [], failures: [sentence], at: now)
        }
        let client = resolved.client(transport: transport, configuration: configuration)
        var failures: [String] = []
        var probes: [AccountTestReport.Probe] = []
        var user: User?
        // Whether the site gave an HTTP answer to a failed sign-in (not a dropped connection): only then can its kind tell why.
        var answeredWithStatus = false
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
            answeredWithStatus = error.status != nil
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
        if answeredWithStatus, resolved.account.authKind != .oauth3LO, let hint = await kindHint(resolved) { failures.append(hint) }
        return AccountTestReport(
            account: account.name, siteKind: resolved.account.siteKind, site: resolved.site.description,
            user: user, probes: probes, failures: failures, at: now
        )
    }
}
