import Foundation

/// Turns a `DecodingError` into a sentence with the JSON path of the problem (`results[3].id`).
enum DecodingErrorSentence {
    /// The sentence for `error`, met decoding `body`.
    static func describe(_ error: DecodingError, body: Data) -> String {
        switch error {
        case .typeMismatch(let type, let context):
            return "expected \(typeName(type)) at \(path(context.codingPath))"
        case .valueNotFound(let type, let context):
            return "expected \(typeName(type)) at \(path(context.codingPath)) but found null"
        case .keyNotFound(let key, let context):
            return "the field \"\(key.stringValue)\" is missing at \(path(context.codingPath))"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return unreadable(body) }
            return "an unreadable value at \(path(context.codingPath))"
        @unknown default:
            return "the body does not have the expected shape"
        }
    }

    /// Why a body that is not JSON at all is not: empty, a web page (a sign-in page or a proxy answered), not UTF-8
    /// text, or JSON cut short.
    private static func unreadable(_ body: Data) -> String {
        if body.isEmpty { return "the body is empty, not JSON" }
        if body.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "<") {
            return "the body is a web page, not JSON (a sign-in page or a proxy answered: check the site's address and any proxy)"
        }
        if String(validating: body, as: UTF8.self) == nil { return "the body is not UTF-8 text, so not JSON" }
        return "the body is not valid JSON (it may be truncated)"
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
