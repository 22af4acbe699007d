/// Renders a TypeScript module that creates the data source with LlamaCloud's official client, `@llamaindex/llama-cloud`.
///
/// Environment variables are read through a `required(name)` helper that throws when one is unset or empty, as
/// the Python export's `os.environ[...]` and the curl export's `${NAME:?}` stop, instead of sending no secret.
enum TypeScriptRenderer {
    static func render(_ script: ExportScript) -> String {
        var lines = (script.headerLines + ["Run it as an ES module: it uses top-level await."]).map { "// " + $0 }
        lines.append("import LlamaCloud from '@llamaindex/llama-cloud';")
        lines.append("")
        lines += [
            "function required(name: string): string {",
            "  const value = process.env[name];",
            "  if (!value) {",
            "    throw new Error(name + ' is not set; export it before running this module');",
            "  }",
            "  return value;",
            "}",
            "",
        ]
        var clientOptions = ["apiKey: \(environment(CreateRequestBody.apiKeyVariable))"]
        if let baseURL = script.customBaseURL {
            clientOptions.append("baseURL: \(LiteralEscaping.typeScript(baseURL))")
        }
        lines.append("const client = new LlamaCloud({ \(clientOptions.joined(separator: ", ")) });")
        lines.append("")
        lines.append("const dataSource = await client.dataSources.create({")
        for member in script.bodyMembers {
            if case .object(let fields) = member.value {
                lines.append("  \(key(member.key)): {")
                lines += fields.map { "    \(key($0.key)): \(value($0.value))," }
                lines.append("  },")
            } else {
                lines.append("  \(key(member.key)): \(value(member.value)),")
            }
        }
        if let projectID = script.projectID {
            lines.append("  project_id: \(LiteralEscaping.typeScript(projectID)),")
        }
        lines.append("});")
        lines.append("console.log(dataSource.id);")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func environment(_ name: String) -> String {
        "required(\(LiteralEscaping.typeScript(name)))"
    }

    /// A property name: bare when it is an identifier, otherwise a string literal.
    private static func key(_ name: String) -> String {
        let isIdentifier = name.first.map { $0 == "_" || ($0.isASCII && $0.isLetter) } == true
            && name.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return isIdentifier ? name : LiteralEscaping.typeScript(name)
    }

    private static func value(_ value: ExportValue) -> String {
        switch value {
        case .string(let text): LiteralEscaping.typeScript(text)
        case .bool(let flag): flag ? "true" : "false"
        case .environment(let name): environment(name)
        case .object(let members):
            members.isEmpty ? "{}" : "{ " + members.map { key($0.key) + ": " + self.value($0.value) }.joined(separator: ", ") + " }"
        }
    }
}
