/// Turns a `DecodingError` into a sentence with the JSON path of the problem (`results[3].id`).
enum DecodingErrorSentence {
    static func describe(_ error: DecodingError, bodyIsEmpty: Bool) -> String {
        switch error {
        case .typeMismatch(let type, let context):
            return "expected \(typeName(type)) at \(path(context.codingPath))"
        case .valueNotFound(let type, let context):
            return "expected \(typeName(type)) at \(path(context.codingPath)) but found null"
        case .keyNotFound(let key, let context):
            return "the field \"\(key.stringValue)\" is missing at \(path(context.codingPath))"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return bodyIsEmpty ? "the body is empty, not JSON" : "the body is not valid JSON (it may be truncated)"
            }
            return "an unreadable value at \(path(context.codingPath))"
        @unknown default:
            return "the body does not have the expected shape"
        }
    }

    static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text.isEmpty ? "the top level" : text
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type, is Int32.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "a boolean"
        default: "\(type)".hasPrefix("Array") ? "an array" : "an object"
        }
    }
}
