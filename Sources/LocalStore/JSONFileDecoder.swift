public import Foundation

/// Reads a JSON file's bytes into a value, or into a problem with its line; sentences never quote a value.
public enum JSONFileDecoder {
    /// Starts the description of a `FileEnumeration` value it does not know, before the values allowed.
    static let allowedValuesMarker = "allowed: "

    /// Decodes `data` read from `path`, or explains (with a line) why it is not a `T`; `subject` names what the file holds.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String, subject: String) -> Result<T, JSONFileProblem> {
        let locator: JSONLocator
        do {
            locator = try JSONLocator(data)
        } catch {
            return .failure(JSONFileProblem(path: path, line: error.line, column: error.column, sentence: error.sentence))
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return .success(try decoder.decode(T.self, from: data))
        } catch let error as DecodingError {
            let (codingPath, sentence) = describe(error, subject: subject)
            let line = locator.line(of: codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue })
            return .failure(JSONFileProblem(path: path, line: line, sentence: sentence))
        } catch {
            return .failure(JSONFileProblem(path: path, line: nil, sentence: "the file could not be read as \(subject)"))
        }
    }

    /// The coding path of a decoding error and a sentence for it that never quotes a value.
    static func describe(_ error: DecodingError, subject: String) -> ([any CodingKey], String) {
        switch error {
        case .keyNotFound(let key, let context):
            return (context.codingPath, "\(field(context.codingPath)) is missing the required field \"\(key.stringValue)\"")
        case .typeMismatch(_, let context) where context.codingPath.isEmpty:
            return ([], "the file should hold a JSON object")
        case .typeMismatch(let type, let context):
            return (context.codingPath, "\(field(context.codingPath)) should be \(expected(type))")
        case .valueNotFound(let type, let context):
            return (context.codingPath, "\(field(context.codingPath)) is null but should be \(expected(type))")
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return ([], "the file is not \(subject)")
        case .dataCorrupted(let context) where context.debugDescription.hasPrefix("Cannot initialize "):
            // The standard library's sentence for an enum quotes the value, which may be a secret pasted into the
            // wrong field: the field is named, the value never.
            return (context.codingPath, "\(field(context.codingPath)) holds a value that is not one of those allowed")
        case .dataCorrupted(let context) where context.debugDescription.hasPrefix(allowedValuesMarker):
            let allowed = context.debugDescription.dropFirst(allowedValuesMarker.count)
            return (context.codingPath, "\(field(context.codingPath)) holds a value that is not one of those allowed (\(allowed))")
        case .dataCorrupted(let context):
            return (context.codingPath, "\(field(context.codingPath)): \(lowercasedFirst(context.debugDescription))")
        @unknown default:
            return ([], "the file could not be read as \(subject)")
        }
    }

    /// A coding path as a person writes it: `accounts[0].auth_kind`.
    private static func field(_ path: [any CodingKey]) -> String {
        guard !path.isEmpty else { return "the file" }
        return path.enumerated().map { offset, key in
            if let index = key.intValue { return "[\(index)]" }
            return offset == 0 ? key.stringValue : "." + key.stringValue
        }.joined()
    }

    private static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }

    private static func expected(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type: "a whole number"
        case is Date.Type: "a date such as 2026-01-31T12:00:00Z"
        case is [String: Any].Type: "an object"
        case is [Any].Type: "a list"
        case is any BinaryInteger.Type: "a whole number"
        case is any BinaryFloatingPoint.Type: "a number"
        // Other types are named by what they are in JSON, never by a Swift type name.
        default: "another kind of value"
        }
    }
}
