/// One problem with a request body, as FastAPI reports it: where (`loc`), a sentence (`msg`) and pydantic's error type.
struct BodyIssue: Sendable, Hashable {
    /// The path to the value, starting with `body`.
    let location: [String]
    /// pydantic's sentence, e.g. `Field required`.
    let message: String
    /// pydantic's error type, e.g. `missing`.
    let type: String

    /// The value is absent.
    static func missing(_ location: [String]) -> BodyIssue { BodyIssue(location: location, message: "Field required", type: "missing") }
    /// The key is not part of the type.
    static func extra(_ location: [String]) -> BodyIssue { BodyIssue(location: location, message: "Extra inputs are not permitted", type: "extra_forbidden") }
    /// The value is not a string.
    static func notString(_ location: [String]) -> BodyIssue { BodyIssue(location: location, message: "Input should be a valid string", type: "string_type") }
    /// The value is not `true` or `false`.
    static func notBoolean(_ location: [String]) -> BodyIssue { BodyIssue(location: location, message: "Input should be a valid boolean", type: "bool_type") }
    /// The value is not an object.
    static func notObject(_ location: [String]) -> BodyIssue { BodyIssue(location: location, message: "Input should be a valid dictionary", type: "dict_type") }

    /// The FastAPI `detail` item.
    var json: JSONValue {
        .object([("type", .string(type)), ("loc", .array(location.map(JSONValue.string))), ("msg", .string(message))])
    }
}
