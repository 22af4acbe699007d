import DataSources
import Foundation
import Testing
import TestSupport

/// Exports of awkward text read back as exactly the same text in each language, and secrets stay out by default.
struct ExporterEscapingTests {
    private static let token = "tok'\"$`\\x\n é"

    /// A definition whose every string field holds text that escapers get wrong.
    private var nasty: DataSourceDefinition {
        var definition = Fixtures.minimal
        definition.component.userName = Fixtures.nastyText
        definition.component.className = "Class'\"`$(id)"
        definition.component.select(.cql(Fixtures.nastyText))
        return definition
    }

    private func parseJSON(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func component(_ body: [String: Any]) throws -> [String: Any] {
        try #require(body["component"] as? [String: Any])
    }

    @Test func jsonReadsBackAsTheSameText() throws {
        let body = try parseJSON(try DefinitionExporter.export(nasty, as: .llamaCloudJSON))
        let fields = try component(body)
        #expect(fields["cql"] as? String == Fixtures.nastyText)
        #expect(fields["user_name"] as? String == Fixtures.nastyText)
        #expect(fields["class_name"] as? String == "Class'\"`$(id)")
        #expect(fields["api_token"] == nil)
        #expect(body["name"] as? String == "minimal")
        #expect(body["source_type"] as? String == "CONFLUENCE")
    }

    @Test(arguments: ExportFormat.allCases)
    func noExportShowsTextThatHidesOrReordersWhatIsRead(_ format: ExportFormat) throws {
        let script = try DefinitionExporter.export(nasty, as: format, options: ExportOptions(projectID: "p"))
        #expect(!script.unicodeScalars.contains { [0x202E, 0x202C, 0x9B, 0x200B, 0xE0041].contains($0.value) })
        #expect(script.contains("\\u202e"))
    }

    @Test func curlSendsTheSameBodyUnderARealShell() async throws {
        try await ScratchDirectory.with { directory in
            let script = try DefinitionExporter.export(nasty, as: .curl, options: ExportOptions(projectID: "p 1"))
            let call = try ScriptRunner.runCurlExport(script, in: directory, environment: [
                "LLAMA_CLOUD_API_KEY": "llx-key", "CONFLUENCE_API_TOKEN": "from-the-environment",
            ])
            let fields = try component(try parseJSON(call.standardInput))
            #expect(fields["cql"] as? String == Fixtures.nastyText)
            #expect(fields["user_name"] as? String == Fixtures.nastyText)
            #expect(fields["class_name"] as? String == "Class'\"`$(id)")
            #expect(fields["api_token"] as? String == "from-the-environment")
            #expect(call.headerFiles == "Authorization: Bearer llx-key\n")
            #expect(call.arguments.contains("--data-binary") && call.arguments.contains("@-"))
            #expect(call.arguments.contains("https://api.cloud.llamaindex.ai/api/v1/data-sources?project_id=p%201"))
        }
    }

    @Test func curlKeepsEverySecretOutOfItsArguments() async throws {
        try await ScratchDirectory.with { directory in
            for options in [ExportOptions(), ExportOptions(includeSecrets: true, apiToken: "embedded-token")] {
                let script = try DefinitionExporter.export(Fixtures.full, as: .curl, options: options)
                let call = try ScriptRunner.runCurlExport(script, in: directory, environment: [
                    "LLAMA_CLOUD_API_KEY": "llx-key", "CONFLUENCE_API_TOKEN": "from-the-environment",
                ])
                for secret in ["llx-key", "from-the-environment", "embedded-token"] {
                    #expect(!call.arguments.contains { $0.contains(secret) }, "curl's arguments hold \(secret)")
                }
                #expect(call.standardInput.contains(options.includeSecrets ? "embedded-token" : "from-the-environment"))
            }
        }
    }

    @Test func curlWithEmbeddedSecretSendsItExactly() async throws {
        try await ScratchDirectory.with { directory in
            let script = try DefinitionExporter.export(nasty, as: .curl, options: ExportOptions(includeSecrets: true, apiToken: Self.token))
            let call = try ScriptRunner.runCurlExport(script, in: directory, environment: ["LLAMA_CLOUD_API_KEY": "k"])
            #expect(try component(try parseJSON(call.standardInput))["api_token"] as? String == Self.token)
        }
    }

    /// A Data Center password may hold `"` or `\\`: the script escapes the variable for the JSON body, so it can neither
    /// break the body nor add fields to it; a control character stops the script.
    @Test func curlEscapesTheTokenFromTheEnvironment() async throws {
        try await ScratchDirectory.with { directory in
            let script = try DefinitionExporter.export(Fixtures.minimal, as: .curl)
            let password = #"pa"ss\w", "space_key": "OTHER $(id) `x` é"#
            let call = try ScriptRunner.runCurlExport(script, in: directory, environment: [
                "LLAMA_CLOUD_API_KEY": "k", "CONFLUENCE_API_TOKEN": password,
            ])
            let fields = try component(try parseJSON(call.standardInput))
            #expect(fields["api_token"] as? String == password)
            #expect(fields["space_key"] as? String == Fixtures.minimal.component.spaceKey)
            let url = directory.appendingPathComponent("control.sh")
            try Data(script.utf8).write(to: url)
            let outcome = try ScriptRunner.run("/bin/sh", [url.path], environment: [
                "LLAMA_CLOUD_API_KEY": "k", "CONFLUENCE_API_TOKEN": "a\nb", "PATH": "/nonexistent",
            ])
            #expect(outcome.status != 0)
            #expect(outcome.standardError.contains("CONFLUENCE_API_TOKEN holds a control character"))
        }
    }

    @Test(arguments: [
        (["LLAMA_CLOUD_API_KEY": "k"], "CONFLUENCE_API_TOKEN"),
        (["LLAMA_CLOUD_API_KEY": "k", "CONFLUENCE_API_TOKEN": ""], "CONFLUENCE_API_TOKEN"),
        (["CONFLUENCE_API_TOKEN": "t"], "LLAMA_CLOUD_API_KEY"),
    ])
    func curlStopsBeforeCurlWhenAVariableIsUnsetOrEmpty(_ environment: [String: String], _ missing: String) async throws {
        try await ScratchDirectory.with { directory in
            let script = try DefinitionExporter.export(Fixtures.minimal, as: .curl)
            let url = directory.appendingPathComponent("export.sh")
            try Data(script.utf8).write(to: url)
            let outcome = try ScriptRunner.run("/bin/sh", [url.path], environment: environment.merging(["PATH": "/nonexistent"]) { $1 })
            #expect(outcome.status != 0)
            #expect(outcome.standardError.contains("\(missing): is not set; export it before running this script"))
        }
    }

    @Test func pythonPassesTheSameValuesToTheSDK() async throws {
        try await ScratchDirectory.with { directory in
            let script = try DefinitionExporter.export(nasty, as: .python, options: ExportOptions(projectID: "p'1"))
            guard let captured = try ScriptRunner.runPythonExport(script, in: directory, environment: [
                "LLAMA_CLOUD_API_KEY": "llx-key", "CONFLUENCE_API_TOKEN": "from-the-environment",
            ]) else { return }
            let call = try #require(captured["call"] as? [String: Any])
            let fields = try component(call)
            #expect(fields["cql"] as? String == Fixtures.nastyText)
            #expect(fields["user_name"] as? String == Fixtures.nastyText)
            #expect(fields["class_name"] as? String == "Class'\"`$(id)")
            #expect(fields["api_token"] as? String == "from-the-environment")
            #expect(call["project_id"] as? String == "p'1")
            #expect(call["source_type"] as? String == "CONFLUENCE")
            #expect((captured["client"] as? [String: Any])?["api_key"] as? String == "llx-key")
        }
    }

    @Test func pythonWithEmbeddedSecretPassesItExactly() async throws {
        try await ScratchDirectory.with { directory in
            let script = try DefinitionExporter.export(nasty, as: .python, options: ExportOptions(includeSecrets: true, apiToken: Self.token))
            guard let captured = try ScriptRunner.runPythonExport(script, in: directory, environment: ["LLAMA_CLOUD_API_KEY": "k"]) else { return }
            let call = try #require(captured["call"] as? [String: Any])
            #expect(try component(call)["api_token"] as? String == Self.token)
        }
    }

    @Test func typeScriptLiteralsEscapeQuotesBackslashesAndLineBreaks() throws {
        let script = try DefinitionExporter.export(nasty, as: .typeScript, options: ExportOptions(includeSecrets: true, apiToken: Self.token))
        #expect(script.contains(#"    api_token: 'tok\'"$`\\x\n é',"#))
        #expect(script.contains(#"    cql: 'it\'s "quoted" \\ back\nnew\tline $HOME `date` ${x} é 日本 🚀 \u2028 \u0001 \u202erlo\u202c \u009bc1 z\u200bw tag\udb40\udc41',"#))
        #expect(script.contains(#"    class_name: 'Class\'"`$(id)',"#))
    }

    @Test func typeScriptReadsEachVariableThroughAHelperThatThrows() throws {
        let script = try DefinitionExporter.export(Fixtures.minimal, as: .typeScript)
        #expect(script.contains("  if (!value) {\n    throw new Error(name + ' is not set; export it before running this module');\n"))
        #expect(script.contains("new LlamaCloud({ apiKey: required('LLAMA_CLOUD_API_KEY') })"))
        #expect(script.contains("    api_token: required('CONFLUENCE_API_TOKEN'),\n"))
        #expect(!script.contains("process.env['"))
    }

    @Test func secretsStayOutOfEveryFormatByDefault() throws {
        var definition = Fixtures.full
        definition.component.apiToken = "definition-held-secret"
        for format in ExportFormat.allCases {
            let text = try DefinitionExporter.export(definition, as: format, options: ExportOptions(apiToken: "account-secret"))
            #expect(!text.contains("account-secret"), "\(format) leaked the account secret")
            #expect(!text.contains("definition-held-secret"), "\(format) leaked the definition's token")
        }
    }

    @Test func includeSecretsEmbedsTheTokenInEveryFormat() throws {
        for format in ExportFormat.allCases {
            let text = try DefinitionExporter.export(Fixtures.full, as: format, options: ExportOptions(includeSecrets: true, apiToken: "account-secret"))
            #expect(text.contains("account-secret"), "\(format) did not embed the secret")
            #expect(!text.contains("CONFLUENCE_API_TOKEN"), "\(format) still reads the environment")
        }
    }

    @Test func includeSecretsFallsBackToAMaterialisedToken() throws {
        var definition = Fixtures.full
        definition.component.apiToken = "materialised"
        let json = try DefinitionExporter.export(definition, as: .llamaCloudJSON, options: ExportOptions(includeSecrets: true))
        #expect(json.contains("\"api_token\": \"materialised\""))
    }

    @Test func includeSecretsWithoutATokenIsAnError() {
        #expect {
            try DefinitionExporter.export(Fixtures.full, as: .python, options: ExportOptions(includeSecrets: true))
        } throws: { error in
            (error as? ExportError)?.description == "cannot include secrets in the export of \"eng-docs\": no Confluence token was given (the definition's account has none to embed)"
        }
    }

    @Test func invalidDefinitionsAreNotExported() {
        var definition = Fixtures.full
        definition.component.pageIDs = "1"
        #expect {
            try DefinitionExporter.export(definition, as: .llamaCloudJSON)
        } throws: { error in
            (error as? ExportError)?.validationError?.issues.first?.field == "selector"
        }
    }

    @Test func optionsNeverPrintTheToken() {
        let options = ExportOptions(includeSecrets: true, apiToken: "hunter2")
        #expect(!String(describing: options).contains("hunter2"))
        #expect(!String(reflecting: options).contains("hunter2"))
    }
}
