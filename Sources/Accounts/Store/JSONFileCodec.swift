import Foundation
import LocalStore

/// Reads and writes the configuration's JSON files: stable, readable output; errors with path and line.
enum JSONFileCodec {
    /// Decodes `data` read from `path`; a syntax or shape problem becomes a corrupt-file error naming the line.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws(AccountsError) -> T {
        switch JSONFileDecoder.decode(type, from: data, path: path, subject: "an accounts file") {
        case .success(let value):
            return value
        case .failure(let problem):
            throw AccountsError(.corruptFile(path: path, line: problem.line, column: problem.column, detail: problem.sentence))
        }
    }

    /// Encodes a value as pretty-printed JSON with sorted keys and a final newline.
    static func encode<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        do {
            return try encoder.encode(value) + Data("\n".utf8)
        } catch {
            preconditionFailure("the configuration models always encode: \(error)")
        }
    }
}
