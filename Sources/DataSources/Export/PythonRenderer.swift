/// Renders a Python script that creates the data source with the `llama_cloud` SDK.
enum PythonRenderer {
    static func render(_ script: ExportScript) -> String {
        var lines = script.headerLines.map { "# " + $0 }
        lines += [
            "import os",
            "",
            "from llama_cloud import LlamaCloud",
            "from llama_cloud.types.shared_params import CloudConfluenceDataSource",
            "",
        ]
        var clientArguments = ["api_key=os.environ[\(LiteralEscaping.python(CreateRequestBody.apiKeyVariable))]"]
        if let baseURL = script.customBaseURL {
            clientArguments.append("base_url=\(LiteralEscaping.python(baseURL))")
        }
        lines.append("client = LlamaCloud(\(clientArguments.joined(separator: ", ")))")
        lines.append("")
        lines.append("data_source = client.data_sources.create(")
        for member in script.bodyMembers {
            if member.key == "component", case .object(let fields) = member.value {
                lines.append("    component=CloudConfluenceDataSource(")
                lines += fields.map { "        \($0.key)=\(value($0.value))," }
                lines.append("    ),")
            } else {
                lines.append("    \(member.key)=\(value(member.value)),")
            }
        }
        if let projectID = script.projectID {
            lines.append("    project_id=\(LiteralEscaping.python(projectID)),")
        }
        lines.append(")")
        lines.append("print(data_source.id)")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func value(_ value: ExportValue) -> String {
        switch value {
        case .string(let text): LiteralEscaping.python(text)
        case .bool(let flag): flag ? "True" : "False"
        case .environment(let name): "os.environ[\(LiteralEscaping.python(name))]"
        case .object(let members):
            "{" + members.map { LiteralEscaping.python($0.key) + ": " + self.value($0.value) }.joined(separator: ", ") + "}"
        }
    }
}
