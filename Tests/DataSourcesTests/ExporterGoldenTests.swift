import DataSources
import Foundation
import Testing

/// Every export format's exact output for a definition using every field but the other selectors.
struct ExporterGoldenTests {
    private let options = ExportOptions(projectID: "proj-1")

    @Test func llamaCloudJSONIsTheExactCreateBody() throws {
        #expect(try DefinitionExporter.export(Fixtures.full, as: .llamaCloudJSON, options: options) == """
        {
          "name": "eng-docs",
          "source_type": "CONFLUENCE",
          "component": {
            "server_url": "https://example.atlassian.net/wiki",
            "authentication_mechanism": "basic",
            "user_name": "me@example.com",
            "space_key": "ENG",
            "index_restricted_pages": false,
            "keep_markdown_format": true,
            "failure_handling": {
              "skip_list_failures": true
            },
            "supports_access_control": false,
            "sync_permissions": true,
            "class_name": "CloudConfluenceDataSource"
          }
        }

        """)
    }

    @Test func minimalJSONOmitsEveryAbsentField() throws {
        #expect(try DefinitionExporter.export(Fixtures.minimal, as: .llamaCloudJSON) == """
        {
          "name": "minimal",
          "source_type": "CONFLUENCE",
          "component": {
            "server_url": "https://wiki.example.com",
            "authentication_mechanism": "oauth2",
            "page_ids": "123,456"
          }
        }

        """)
    }

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

    @Test func pythonUsesTheSDKCreateCall() throws {
        #expect(try DefinitionExporter.export(Fixtures.full, as: .python, options: options) == """
        # Creates the Confluence data source "eng-docs" in LlamaCloud.
        # Needs LLAMA_CLOUD_API_KEY and CONFLUENCE_API_TOKEN in the environment.
        import os

        from llama_cloud import LlamaCloud
        from llama_cloud.types.shared_params import CloudConfluenceDataSource

        client = LlamaCloud(api_key=os.environ["LLAMA_CLOUD_API_KEY"])

        data_source = client.data_sources.create(
            name="eng-docs",
            source_type="CONFLUENCE",
            component=CloudConfluenceDataSource(
                server_url="https://example.atlassian.net/wiki",
                authentication_mechanism="basic",
                user_name="me@example.com",
                api_token=os.environ["CONFLUENCE_API_TOKEN"],
                space_key="ENG",
                index_restricted_pages=False,
                keep_markdown_format=True,
                failure_handling={"skip_list_failures": True},
                supports_access_control=False,
                sync_permissions=True,
                class_name="CloudConfluenceDataSource",
            ),
            project_id="proj-1",
        )
        print(data_source.id)

        """)
    }

    @Test func typeScriptUsesTheLlamaCloudClient() throws {
        #expect(try DefinitionExporter.export(Fixtures.full, as: .typeScript, options: options) == """
        // Creates the Confluence data source "eng-docs" in LlamaCloud.
        // Needs LLAMA_CLOUD_API_KEY and CONFLUENCE_API_TOKEN in the environment.
        // Run it as an ES module: it uses top-level await.
        import LlamaCloud from 'llama-cloud';

        const client = new LlamaCloud({ apiKey: process.env['LLAMA_CLOUD_API_KEY'] });

        const dataSource = await client.dataSources.create({
          name: 'eng-docs',
          source_type: 'CONFLUENCE',
          component: {
            server_url: 'https://example.atlassian.net/wiki',
            authentication_mechanism: 'basic',
            user_name: 'me@example.com',
            api_token: process.env['CONFLUENCE_API_TOKEN'],
            space_key: 'ENG',
            index_restricted_pages: false,
            keep_markdown_format: true,
            failure_handling: { skip_list_failures: true },
            supports_access_control: false,
            sync_permissions: true,
            class_name: 'CloudConfluenceDataSource',
          },
          project_id: 'proj-1',
        });
        console.log(dataSource.id);

        """)
    }

    @Test func curlIsTheRawCall() throws {
        #expect(try DefinitionExporter.export(Fixtures.full, as: .curl, options: options) == #"""
        #!/bin/sh
        # Creates the Confluence data source "eng-docs" in LlamaCloud.
        # Needs LLAMA_CLOUD_API_KEY and CONFLUENCE_API_TOKEN in the environment.
        set -eu
        curl --fail-with-body --silent --show-error \
          --request POST \
          --url 'https://api.cloud.llamaindex.ai/api/v1/data-sources?project_id=proj-1' \
          --header "Authorization: Bearer $LLAMA_CLOUD_API_KEY" \
          --header 'Content-Type: application/json' \
          --header 'Accept: application/json' \
          --data-raw '{
          "name": "eng-docs",
          "source_type": "CONFLUENCE",
          "component": {
            "server_url": "https://example.atlassian.net/wiki",
            "authentication_mechanism": "basic",
            "user_name": "me@example.com",
            "api_token": "'"$CONFLUENCE_API_TOKEN"'",
            "space_key": "ENG",
            "index_restricted_pages": false,
            "keep_markdown_format": true,
            "failure_handling": {
              "skip_list_failures": true
            },
            "supports_access_control": false,
            "sync_permissions": true,
            "class_name": "CloudConfluenceDataSource"
          }
        }'

        """#)
    }

    @Test func aCustomBaseURLAndNoProjectShowInEveryScript() throws {
        let custom = ExportOptions(baseURL: URL(string: "http://127.0.0.1:8089/")!)
        let python = try DefinitionExporter.export(Fixtures.minimal, as: .python, options: custom)
        #expect(python.contains("client = LlamaCloud(api_key=os.environ[\"LLAMA_CLOUD_API_KEY\"], base_url=\"http://127.0.0.1:8089\")\n"))
        #expect(!python.contains("project_id"))
        let typeScript = try DefinitionExporter.export(Fixtures.minimal, as: .typeScript, options: custom)
        #expect(typeScript.contains("new LlamaCloud({ apiKey: process.env['LLAMA_CLOUD_API_KEY'], baseURL: 'http://127.0.0.1:8089' });"))
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
