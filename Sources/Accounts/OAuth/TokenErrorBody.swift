/// `{error, error_description}` of a refused token request.
struct TokenErrorBody: Decodable {
    var error: String?
    var errorDescription: String?

    enum CodingKeys: String, CodingKey {
        case error
        case errorDescription = "error_description"
    }
}
