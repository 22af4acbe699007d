/// A push to LlamaCloud failed; the description is a sentence that never contains the API key or token.
public struct LlamaCloudError: Error, Hashable, Sendable, CustomStringConvertible {
    enum Reason: Hashable, Sendable {
        case invalidDefinition(DefinitionValidationError)
        case unauthorized(detail: String?)
        case forbidden(projectID: String, detail: String?)
        case duplicateName(name: String, projectID: String, detail: String?)
        case rejected(details: [String])
        case server(status: Int, detail: String?)
        case redirected(status: Int, location: String?)
        case transport(String)
        case unexpectedResponse(String)
    }

    let reason: Reason

    init(_ reason: Reason) {
        self.reason = reason
    }

    /// Whether what was sent was at fault rather than the service: a name the project already has, a body it rejected
    /// as invalid (422), or a definition that breaks a rule.
    public var isInvalidInput: Bool {
        switch reason {
        case .invalidDefinition, .duplicateName, .rejected: true
        default: false
        }
    }

    /// The HTTP status LlamaCloud answered with, when it answered.
    public var status: Int? {
        switch reason {
        case .unauthorized: 401
        case .forbidden: 403
        case .duplicateName: 409
        case .rejected: 422
        case .server(let status, _), .redirected(let status, _): status
        default: nil
        }
    }

    /// The validation messages of a 422 answer (`component.server_url: field required`...).
    public var validationDetails: [String] {
        if case .rejected(let details) = reason { return details }
        return []
    }

    public var description: String {
        switch reason {
        case .invalidDefinition(let error):
            return "nothing was sent to LlamaCloud: \(error)"
        case .unauthorized(let detail):
            return "LlamaCloud did not accept the API key (401 Unauthorized); check LLAMA_CLOUD_API_KEY" + Self.suffix(detail)
        case .forbidden(let projectID, let detail):
            return "the API key may not create data sources in the project \"\(projectID)\" (403 Forbidden); check the project id and the key's organisation" + Self.suffix(detail)
        case .duplicateName(let name, let projectID, let detail):
            return "the project \"\(projectID)\" already has a data source named \"\(name)\" (409 Conflict); rename the definition or delete that data source" + Self.suffix(detail)
        case .rejected(let details):
            let listed = details.isEmpty ? "no detail given" : details.joined(separator: "; ")
            return "LlamaCloud rejected the data source (422 Unprocessable Entity): \(listed)"
        case .server(let status, let detail):
            return "LlamaCloud answered \(status)" + (status >= 500 ? ", a server error; try again later" : "") + Self.suffix(detail)
        case .redirected(let status, let location):
            return "LlamaCloud answered \(status) with a redirect\(location.map { " to \($0)" } ?? ""), which was not followed: the request "
                + "carries the API key and the Confluence token; check --base-url"
        case .transport(let sentence):
            return "could not reach LlamaCloud: \(sentence)"
        case .unexpectedResponse(let sentence):
            return sentence
        }
    }

    private static func suffix(_ detail: String?) -> String {
        guard let detail, !detail.isEmpty else { return "" }
        return "; LlamaCloud says: \(detail)"
    }
}
