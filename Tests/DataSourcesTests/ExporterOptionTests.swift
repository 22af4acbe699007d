import DataSources
import Foundation
import Testing

/// The exporters' details beyond the samples: the exact output of every format for the full and minimal definitions
/// is `Tests/Interop/samples`, held equal to the exporter by `InteropSamplesTests` and checked by the real SDK in CI.
struct ExporterOptionTests {
    @Test func emptyFailureHandlingIsAnEmptyObject() throws {
        var definition = Fixtures.minimal
        definition.component.failureHandling = FailureHandling()
        let json = try DefinitionExporter.export(definition, as: .llamaCloudJSON)
        #expect(json.contains("\"failure_handling\": {}"))
        let typeScript = try DefinitionExporter.export(definition, as: .typeScript)
        #expect(typeScript.contains("    failure_handling: {},\n"))
        let python = try DefinitionExporter.export(definition, as: .python)
        #expect(python.contains("        failure_handling={},\n"))
    }

    @Test func aCustomBaseURLAndNoProjectShowInEveryScript() throws {
        let custom = ExportOptions(baseURL: URL(string: "http://127.0.0.1:8089/")!)
        let python = try DefinitionExporter.export(Fixtures.minimal, as: .python, options: custom)
        #expect(python.contains("client = LlamaCloud(api_key=os.environ[\"LLAMA_CLOUD_API_KEY\"], base_url=\"http://127.0.0.1:8089\")\n"))
        #expect(!python.contains("project_id"))
        let typeScript = try DefinitionExporter.export(Fixtures.minimal, as: .typeScript, options: custom)
        #expect(typeScript.contains("new LlamaCloud({ apiKey: required('LLAMA_CLOUD_API_KEY'), baseURL: 'http://127.0.0.1:8089' });"))
        #expect(!typeScript.contains("project_id"))
        let curl = try DefinitionExporter.export(Fixtures.minimal, as: .curl, options: custom)
        #expect(curl.contains("  --url 'http://127.0.0.1:8089/api/v1/data-sources' \\\n"))
    }

    @Test func projectIDsArePercentEncodedInTheURLAndEscapedInScripts() throws {
        let odd = ExportOptions(projectID: "a b&c='d")
        let curl = try DefinitionExporter.export(Fixtures.minimal, as: .curl, options: odd)
        #expect(curl.contains("--url 'https://api.cloud.llamaindex.ai/api/v1/data-sources?project_id=a%20b%26c%3D%27d'"))
        let python = try DefinitionExporter.export(Fixtures.minimal, as: .python, options: odd)
        #expect(python.contains("    project_id=\"a b&c='d\",\n"))
        let typeScript = try DefinitionExporter.export(Fixtures.minimal, as: .typeScript, options: odd)
        #expect(typeScript.contains("  project_id: 'a b&c=\\'d',\n"))
    }

    @Test func formatsHaveTheirCLINamesAndExtensions() {
        #expect(ExportFormat.allCases.map(\.rawValue) == ["llamacloud-json", "python", "typescript", "curl"])
        #expect(ExportFormat.allCases.map(\.fileExtension) == ["json", "py", "ts", "sh"])
        #expect(ExportFormat(rawValue: "typescript") == .typeScript)
    }
}
