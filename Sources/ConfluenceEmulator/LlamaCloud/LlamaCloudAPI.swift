/// LlamaCloud's data-source calls: `POST`/`GET /api/v1/data-sources` and `GET /api/v1/data-sources/{id}`.
///
/// Errors use FastAPI's shape: `{"detail": "sentence"}`, or a list of `{type, loc, msg}` for a 422.
/// - Note: the API key and the body (which may hold an `api_token`) are never logged or echoed in an error.
struct LlamaCloudAPI: Sendable {
    /// The path prefix this API answers; every other path goes to the Confluence routes.
    static let prefix = "/api/v1/"
    /// The largest body read.
    static let maximumBodyBytes = 1 << 20

    let account: LlamaCloudAccount
    let store: LlamaCloudStore
    let now: @Sendable () -> Timestamp

    /// Answers one request.
    func respond(method: String, path: String, query: QueryParameters, authorization: String?, body: [UInt8]) async -> APIResponse {
        guard authorization == "Bearer \(account.apiKey)", !account.apiKey.isEmpty else {
            return Self.detail(401, authorization == nil ? "Not authenticated" : "Invalid API key")
        }
        let projectID = query["project_id"] ?? account.projectIDs.first ?? ""
        guard account.projectIDs.contains(projectID) else {
            return Self.detail(403, "The API key may not use project \(projectID)")
        }
        let segments = path.split(separator: "/").map(String.init)
        guard (3...4).contains(segments.count), segments[2] == "data-sources" else { return Self.detail(404, "Not Found") }
        switch (method, segments.count) {
        case ("POST", 3):
            return await create(body: body, projectID: projectID)
        case ("GET", 3):
            return .json(.array(await store.list(projectID: projectID).map(\.json)))
        case ("GET", 4):
            guard let found = await store.find(id: segments[3], in: account.projectIDs) else {
                return Self.detail(404, "Data source not found")
            }
            return .json(found.json)
        default:
            return Self.detail(405, "Method Not Allowed")
        }
    }

    private func create(body: [UInt8], projectID: String) async -> APIResponse {
        guard let value = JSONValue.parse(body) else {
            return Self.invalid([BodyIssue(location: ["body"], message: "JSON decode error", type: "json_invalid")])
        }
        let draft: DataSourceDraft
        do {
            draft = try DataSourceBodyValidator.validate(value)
        } catch {
            return Self.invalid(error.issues)
        }
        guard let stored = await store.create(draft, projectID: projectID, at: now()) else {
            return Self.detail(409, "A data source named \(draft.name) already exists in project \(projectID)")
        }
        return .json(stored.json)
    }

    /// `{"detail": "..."}` with `status`.
    static func detail(_ status: Int, _ sentence: String) -> APIResponse {
        .json(.object([("detail", .string(sentence))]), status: status)
    }

    /// A 422 listing `issues`.
    static func invalid(_ issues: [BodyIssue]) -> APIResponse {
        .json(.object([("detail", .array(issues.map(\.json)))]), status: 422)
    }
}
