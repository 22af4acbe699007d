import ConfluenceEmulator
import ConfluenceKit
import Foundation
import Testing
import TestSupport

/// The built `confluence-tui` against the emulator: a secret with a control character, a site address holding a
/// password, a port out of range and a missing scheme each give one sentence, and no secret is printed or stored.
struct SecretAndSiteInputTests {
    @Test func httpsToAPlainHTTPPortSaysToTryHTTP() async throws {
        try await EmulatedSite.with(.cloud) { emulated in
            var components = try #require(URLComponents(url: emulated.server.siteURL, resolvingAgainstBaseURL: false))
            components.scheme = "https"
            let request = HTTPRequest(url: try #require(components.url))
            let error = await #expect(throws: TransportError.self) { _ = try await AsyncHTTPClientTransport().send(request) }
            #expect(error?.isRetryable == false)
            #expect(error?.description == "the server does not speak HTTPS on that port (for a plain HTTP server, write the site as http://…)")
        }
    }

    @Test func aSiteWithoutSchemeOnAPlainHTTPPortGivesASentenceWithoutNIODump() async throws {
        try await EmulatedSite.with(.cloud) { emulated in
            let address = "127.0.0.1:\(emulated.server.siteURL.port ?? 0)"
            let run = try await Self.run(["spaces", "--site", address, "--kind", "cloud", "--user", "demo@example.com"], ["CONFLUENCE_API_TOKEN": "demo-token"])
            #expect(run.status == 1)
            #expect(run.errors.contains("the server does not speak HTTPS on that port"))
            #expect(!run.errors.contains("NIOSSL") && !run.errors.contains(".build") && !run.errors.contains("after 5 attempts"))
        }
    }

    /// Without `--kind`, a site not at `atlassian.net` is asked for its cloudId once: a Cloud site gives one and is read as
    /// Cloud (its mentions resolve); one that hides it is taken for Data Center, and an answer only a Cloud site gives to
    /// Data Center requests comes with the hint to pass `--kind cloud`.
    @Test(arguments: [true, false])
    func aCloudSiteAtAnotherAddressIsFoundByItsCloudId(_ givesCloudId: Bool) async throws {
        let faults = givesCloudId ? [] : [FaultRule(.serverError(rate: 1, status: 404), path: "/_edge/tenant_info")]
        try await EmulatedSite.with(.cloud, faults: faults) { emulated in
            // The site's root: as Data Center it would be asked for /rest/api there, which a Cloud site lacks.
            let site = emulated.server.baseURL.absoluteString
            let run = try await Self.run(["whoami", "--site", site, "--user", "demo@example.com"], ["CONFLUENCE_API_TOKEN": "demo-token"])
            let probes = await emulated.server.requestLog.records.filter { $0.path == "/_edge/tenant_info" }
            #expect(probes.count == 1)
            if givesCloudId {
                #expect(run.status == 0)
                #expect(run.output.contains("[Cloud]"))
            } else {
                #expect(run.status == 1)
                #expect(run.errors.contains("(the site was taken for Data Center, as its address is not at atlassian.net and it gave no cloudId; "
                    + "pass --kind cloud if it is a Cloud site)"))
            }
        }
    }

    @Test func aBadSecretIsRefusedBeforeTheSiteIsAskedForItsCloudId() async throws {
        try await EmulatedSite.with(.cloud) { emulated in
            let site = emulated.server.baseURL.absoluteString
            let run = try await Self.run(["spaces", "--site", site, "--user", "demo@example.com"], ["CONFLUENCE_API_TOKEN": "demo\u{1}token"])
            #expect(run.status == 2)
            #expect(run.errors.hasPrefix("error: the API token or password in CONFLUENCE_API_TOKEN holds a control character"))
            #expect(await emulated.server.requestLog.records.isEmpty)
        }
    }

    @Test func aControlCharacterInTheTokenIsRefusedBeforeAnyRequest() async throws {
        try await EmulatedSite.with(.dataCenter) { emulated in
            let site = emulated.server.siteURL.absoluteString
            let refused = try await Self.run(["spaces", "--site", site, "--kind", "datacenter"], ["CONFLUENCE_API_TOKEN": "PAT\u{1}SECRET999"])
            #expect(refused.status == 2)
            #expect(refused.errors.hasPrefix("error: the personal access token in CONFLUENCE_API_TOKEN holds a control character"))
            #expect(!(refused.output + refused.errors).contains("SECRET999"))
            #expect(await emulated.server.requestLog.records.isEmpty)
            let trimmed = try await Self.run(["spaces", "--site", site, "--kind", "datacenter"], ["CONFLUENCE_API_TOKEN": "demo-pat\r"])
            #expect(trimmed.status == 0, "a trailing carriage return is trimmed: \(trimmed.errors)")
        }
    }

    @Test func anAccountWhoseVariableHoldsAControlCharacterTestsWithoutLeakingIt() async throws {
        try await EmulatedSite.with(.dataCenter) { emulated in
            try await ScratchDirectory.with { home in
                let environment = ["PS": "PATSECRET\u{7}999"]
                let add = try await Self.run(["accounts", "add", "dce", "--site", emulated.server.siteURL.absoluteString, "--auth", "dc-pat", "--secret-env", "PS"],
                                             environment, home: home)
                #expect(add.status == 0, "\(add.errors)")
                let test = try await Self.run(["accounts", "test", "dce"], environment, home: home)
                #expect(test.status == 1)
                #expect(test.output.contains("the personal access token in PS holds a control character"))
                let list = try await Self.run(["accounts", "list", "--json"], environment, home: home)
                let stored = try String(contentsOf: home.appendingPathComponent("accounts.json"), encoding: .utf8)
                for text in [test.output, test.errors, list.output, stored] {
                    #expect(!text.contains("PATSECRET"))
                }
            }
        }
    }

    @Test func aSiteAddressWithAPasswordIsNeitherStoredNorEchoed() async throws {
        try await ScratchDirectory.with { home in
            let address = "https://bob:HUNTER2PW@x.atlassian.net/wiki?token=QSECRET#f"
            let add = try await Self.run(["accounts", "add", "u1", "--site", address, "--auth", "cloud-basic", "--user", "a@b.c", "--secret-env", "X"], [:], home: home)
            #expect(add.status == 2)
            #expect(add.errors.contains("the site address holds a user name or password"))
            let save = try await Self.run(["sources", "save", "s1", "--server-url", address, "--space", "ENG"], [:], home: home)
            #expect(save.status == 2)
            let spaces = try await Self.run(["spaces", "--site", address], ["CONFLUENCE_API_TOKEN": "t"], home: home)
            #expect(spaces.status == 2)
            for run in [add, save, spaces] {
                #expect(!(run.output + run.errors).contains("HUNTER2PW") && !(run.output + run.errors).contains("QSECRET"))
            }
            #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("accounts.json").path))
            let page = try await Self.run(["accounts", "add", "u2", "--site", "https://x.atlassian.net/wiki/spaces/ENG?token=QSECRET#f", "--auth", "cloud-basic",
                                           "--user", "a@b.c", "--secret-env", "X"], [:], home: home)
            #expect(page.status == 0)
            let stored = try String(contentsOf: home.appendingPathComponent("accounts.json"), encoding: .utf8)
            #expect(!stored.contains("QSECRET"))
        }
    }

    @Test func aPortOutOfRangeIsASentenceEvenInASavedAccount() async throws {
        try await ScratchDirectory.with { home in
            for address in ["http://127.0.0.1:99999/", "localhost:65536"] {
                let run = try await Self.run(["spaces", "--site", address], ["CONFLUENCE_API_TOKEN": "t"], home: home)
                #expect(run.status == 2)
                #expect(run.errors.contains(" is not one from 1 to 65535"), "\(run.errors)")
            }
            let add = try await Self.run(["accounts", "add", "bad", "--site", "http://127.0.0.1:65000", "--auth", "dc-pat", "--secret-env", "X", "--default"], [:], home: home)
            #expect(add.status == 0)
            let file = home.appendingPathComponent("accounts.json")
            try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "65000", with: "99999").write(to: file, atomically: true, encoding: .utf8)
            let saved = try await Self.run(["spaces"], ["X": "t"], home: home)
            #expect(saved.status == 2)
            #expect(saved.errors.contains("account bad: the port 99999 of http://127.0.0.1:99999 is not one from 1 to 65535"), "\(saved.errors)")
        }
    }

    /// Runs `confluence-tui` with `arguments` and only `environment` beside a fresh configuration folder.
    private static func run(_ arguments: [String], _ environment: [String: String]) async throws -> BuiltExecutable.Outcome {
        try await ScratchDirectory.with { home in try await run(arguments, environment, home: home) }
    }

    /// Runs `confluence-tui` with `arguments` and only `environment` beside the configuration folder `home`.
    private static func run(_ arguments: [String], _ environment: [String: String], home: URL) async throws -> BuiltExecutable.Outcome {
        let tui = try #require(BuiltExecutable(named: "confluence-tui"), "confluence-tui was not built next to the tests")
        let outputs = home.appendingPathComponent("outputs")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        var environment = environment
        environment["CONFLUENCE_TUI_HOME"] = home.path
        environment["NO_COLOR"] = "1"
        return try await tui.run(arguments, environment: environment, in: outputs)
    }
}
