/// Checks a create body as the llama_cloud SDK types it: `DataSourceCreateParams` with a strict `CloudConfluenceDataSource`.
///
/// Fields are typed strictly (a boolean is `true` or `false`, never `"true"` or `1`), unknown keys are refused, and
/// `project_id`/`organization_id` belong in the query (the SDK sends them there), so they are unknown in the body.
enum DataSourceBodyValidator {
    /// How one field is typed.
    enum Kind: Sendable {
        case string
        case nullableString
        case boolean
        case object([Field])
        case nullableObject
        case sourceType
    }

    /// One field of an object type.
    struct Field: Sendable {
        let key: String
        let kind: Kind
        let required: Bool

        init(_ key: String, _ kind: Kind, required: Bool = false) {
            self.key = key
            self.kind = kind
            self.required = required
        }
    }

    /// `FailureHandlingConfig`.
    static let failureHandling: [Field] = [Field("skip_list_failures", .boolean)]

    /// `CloudConfluenceDataSource`, in the SDK's order.
    static let component: [Field] = [
        Field("authentication_mechanism", .string, required: true),
        Field("server_url", .string, required: true),
        Field("api_token", .nullableString),
        Field("class_name", .string),
        Field("cql", .nullableString),
        Field("failure_handling", .object(failureHandling)),
        Field("index_restricted_pages", .boolean),
        Field("keep_markdown_format", .boolean),
        Field("label", .nullableString),
        Field("page_ids", .nullableString),
        Field("space_key", .nullableString),
        Field("supports_access_control", .boolean),
        Field("sync_permissions", .boolean),
        Field("user_name", .nullableString),
    ]

    /// The body of `POST /api/v1/data-sources`.
    static let body: [Field] = [
        Field("name", .string, required: true),
        Field("source_type", .sourceType, required: true),
        Field("component", .object(component), required: true),
        Field("custom_metadata", .nullableObject),
    ]

    /// The draft a valid body describes, or every problem found.
    static func validate(_ value: JSONValue) throws(InvalidBody) -> DataSourceDraft {
        let issues = check(value, as: .object(body), at: ["body"])
        guard issues.isEmpty, case .object(let pairs) = value else { throw InvalidBody(issues: issues) }
        let fields = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
        return DataSourceDraft(
            name: fields["name"]?.stringValue ?? "",
            component: ordered(fields["component"] ?? .null, like: component),
            customMetadata: fields["custom_metadata"].flatMap { if case .null = $0 { nil } else { $0 } })
    }

    private static func check(_ value: JSONValue, as kind: Kind, at location: [String]) -> [BodyIssue] {
        switch (kind, value) {
        case (.string, .string), (.nullableString, .string), (.nullableString, .null), (.boolean, .bool),
             (.nullableObject, .object), (.nullableObject, .null):
            return []
        case (.sourceType, .string(let text)) where text == "CONFLUENCE":
            return []
        case (.sourceType, _):
            return [BodyIssue(location: location, message: "Input should be 'CONFLUENCE'", type: "literal_error")]
        case (.object(let fields), .object(let pairs)):
            let known = Set(fields.map(\.key))
            var issues: [BodyIssue] = []
            for field in fields {
                if let present = pairs.first(where: { $0.0 == field.key }) {
                    issues += check(present.1, as: field.kind, at: location + [field.key])
                } else if field.required {
                    issues.append(.missing(location + [field.key]))
                }
            }
            return issues + pairs.filter { !known.contains($0.0) }.map { .extra(location + [$0.0]) }
        case (.string, _), (.nullableString, _):
            return [.notString(location)]
        case (.boolean, _):
            return [.notBoolean(location)]
        case (.object, _), (.nullableObject, _):
            return [.notObject(location)]
        }
    }

    /// An object's keys in the order of `fields` (validation has refused any others).
    private static func ordered(_ value: JSONValue, like fields: [Field]) -> JSONValue {
        guard case .object(let pairs) = value else { return value }
        return .object(fields.compactMap { field in
            pairs.first { $0.0 == field.key }.map { pair in
                if case .object(let nested) = field.kind { return (pair.0, ordered(pair.1, like: nested)) }
                return pair
            }
        })
    }
}
