/// Turns a definition into one of the export formats.
///
/// Secrets are left out unless `options.includeSecrets` is true: the JSON body then has no
/// `api_token`, and the scripts read it from `CONFLUENCE_API_TOKEN` when they run. The LlamaCloud
/// API key is always read from `LLAMA_CLOUD_API_KEY`, never written.
public enum DefinitionExporter {
    /// The definition in `format`; throws when it is not valid, or when secrets are asked for but none was given.
    public static func export(
        _ definition: DataSourceDefinition,
        as format: ExportFormat,
        options: ExportOptions = ExportOptions()
    ) throws(ExportError) -> String {
        do {
            try definition.validate()
        } catch {
            throw ExportError(reason: .invalid(error))
        }
        let token = try secretSource(for: definition, format: format, options: options)
        let body = CreateRequestBody.value(for: definition, token: token)
        if format == .llamaCloudJSON {
            return JSONRenderer.text(body) + "\n"
        }
        guard case .object(let members) = body else { preconditionFailure("the request body is an object") }
        let isDefaultBase = LlamaCloudEndpoint.isDefault(options.baseURL)
        let script = ExportScript(
            name: definition.name,
            bodyMembers: members,
            projectID: options.projectID,
            customBaseURL: isDefaultBase ? nil : LlamaCloudEndpoint.trimmedBase(options.baseURL),
            createURL: LlamaCloudEndpoint.dataSourcesURL(base: options.baseURL, projectID: options.projectID),
            readsTokenFromEnvironment: !options.includeSecrets
        )
        switch format {
        case .python: return PythonRenderer.render(script)
        case .typeScript: return TypeScriptRenderer.render(script)
        case .curl: return CurlRenderer.render(script, body: body)
        case .llamaCloudJSON: preconditionFailure("handled above")
        }
    }

    private static func secretSource(for definition: DataSourceDefinition, format: ExportFormat, options: ExportOptions) throws(ExportError) -> SecretSource {
        guard options.includeSecrets else {
            return format == .llamaCloudJSON ? .omitted : .environment(CreateRequestBody.tokenVariable)
        }
        guard let secret = options.apiToken ?? definition.component.apiToken else {
            throw ExportError(reason: .missingSecret(name: definition.name))
        }
        return .embedded(secret)
    }
}
