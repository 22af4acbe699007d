import Foundation

/// Reads a definition file's bytes into a definition, or into a problem with its line.
enum DefinitionFileDecoder {
    /// Decodes `data` read from `path`, or explains (with a line) why it is not a definition.
    static func decode(_ data: Data, path: String) -> Result<DataSourceDefinition, DefinitionFileProblem> {
        let locator: JSONLocator
        do {
            locator = try JSONLocator(data)
        } catch {
            return .failure(DefinitionFileProblem(path: path, line: error.line, column: error.column, sentence: error.sentence))
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return .success(try decoder.decode(DataSourceDefinition.self, from: data))
        } catch let error as DecodingError {
            let (codingPath, sentence) = describe(error)
            let line = locator.line(of: codingPath.map(\.stringValue))
            return .failure(DefinitionFileProblem(path: path, line: line, sentence: sentence))
        } catch {
            return .failure(DefinitionFileProblem(path: path, line: nil, sentence: "the file could not be read as a definition"))
        }
    }

    /// The coding path of a decoding error and a sentence for it that never quotes a value.
    static func describe(_ error: DecodingError) -> ([any CodingKey], String) {
        switch error {
        case .keyNotFound(let key, let context):
            return (context.codingPath, "\(place(context.codingPath)) is missing the required field \"\(key.stringValue)\"")
        case .typeMismatch(_, let context) where context.codingPath.isEmpty:
            return ([], "the file should hold a JSON object")
        case .typeMismatch(let type, let context):
            return (context.codingPath, "\(field(context.codingPath)) should be \(expected(type))")
        case .valueNotFound(let type, let context):
            return (context.codingPath, "\(field(context.codingPath)) is null but should be \(expected(type))")
        case .dataCorrupted(let context):
            let sentence = context.codingPath.isEmpty
                ? "the file is not a definition"
                : "\(field(context.codingPath)): \(lowercasedFirst(context.debugDescription))"
            return (context.codingPath, sentence)
        @unknown default:
            return ([], "the file could not be read as a definition")
        }
    }

    private static func field(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "the file" : path.map(\.stringValue).joined(separator: ".")
    }

    private static func place(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "the definition" : path.map(\.stringValue).joined(separator: ".")
    }

    private static func expected(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type: "a whole number"
        case is Date.Type: "a date such as 2026-01-31T12:00:00Z"
        case is [String: Any].Type: "an object"
        default: "a \(type)"
        }
    }

    private static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
