public import Foundation

/// Finds where things are in a JSON text, so a problem can be reported with its line.
///
/// It checks the syntax itself (Foundation's messages vary by platform and do not always give a
/// line), and records the line of every member and element by its coding path, so a decoding error
/// such as a wrong type can point at the line that holds the value.
public struct JSONLocator {
    /// A syntax problem: where it is and what was expected there.
    public struct SyntaxError: Error, Hashable {
        /// The 1-based line.
        public let line: Int
        /// The 1-based column.
        public let column: Int
        /// What was expected there.
        public let sentence: String
    }

    /// Line of each value by its path (`component.page_ids`, `items.0`), the root being `""`.
    private(set) var lines: [String: Int] = [:]

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private static let maximumDepth = 256

    /// Scans `data`; throws the first syntax problem found.
    public init(_ data: Data) throws(SyntaxError) {
        bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3; lineStart = 3 }
        skipWhitespace()
        guard index < bytes.count else { throw failure("the file is empty; it should hold a JSON object") }
        try value(path: "", depth: 0)
        skipWhitespace()
        if index < bytes.count { throw failure("there is more text after the end of the JSON value") }
    }

    /// The line of the value at `path`, or of its nearest ancestor that exists.
    public func line(of path: [String]) -> Int {
        var path = path
        while !path.isEmpty {
            if let found = lines[path.joined(separator: ".")] { return found }
            path.removeLast()
        }
        return lines[""] ?? 1
    }

    private var column: Int { index - lineStart + 1 }

    private func failure(_ sentence: String) -> SyntaxError {
        SyntaxError(line: line, column: column, sentence: sentence)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private func describeHere() -> String {
        guard index < bytes.count else { return "the end of the file" }
        let byte = bytes[index]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "an unexpected character"
    }

    private mutating func value(path: String, depth: Int) throws(SyntaxError) {
        guard depth < Self.maximumDepth else { throw failure("the JSON nests deeper than \(Self.maximumDepth) levels") }
        skipWhitespace()
        lines[path] = line
        guard index < bytes.count else { throw failure("the file ends where a value was expected") }
        switch bytes[index] {
        case UInt8(ascii: "{"): try object(path: path, depth: depth)
        case UInt8(ascii: "["): try array(path: path, depth: depth)
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw failure("a value was expected but found \(describeHere())")
        }
    }

    private mutating func object(path: String, depth: Int) throws(SyntaxError) {
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return }
        // A field written twice is refused: decoders disagree on which one wins, so the file would not say what it means.
        var keyLines: [String: Int] = [:]
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw failure("a field name in double quotes was expected but found \(describeHere())")
            }
            let (keyLine, keyColumn) = (line, column)
            let key = try string()
            if let first = keyLines.updateValue(keyLine, forKey: Self.unescaped(key)) {
                throw SyntaxError(line: keyLine, column: keyColumn,
                                  sentence: "the field \"\(key)\" is written twice in one object (first on line \(first)); keep one")
            }
            let memberPath = path.isEmpty ? key : path + "." + key
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw failure("a ':' was expected after the field name but found \(describeHere())")
            }
            index += 1
            try value(path: memberPath, depth: depth + 1)
            lines[memberPath] = keyLine
            skipWhitespace()
            guard index < bytes.count else { throw failure("the file ends inside an object; a '}' is missing") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return }
            throw failure("a ',' or '}' was expected but found \(describeHere())")
        }
    }

    private mutating func array(path: String, depth: Int) throws(SyntaxError) {
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return }
        var position = 0
        while true {
            try value(path: path.isEmpty ? String(position) : path + "." + String(position), depth: depth + 1)
            position += 1
            skipWhitespace()
            guard index < bytes.count else { throw failure("the file ends inside a list; a ']' is missing") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return }
            throw failure("a ',' or ']' was expected but found \(describeHere())")
        }
    }

    /// Scans a string starting at its opening quote and returns its raw text (escapes left as written).
    private mutating func string() throws(SyntaxError) -> String {
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                let text = String(decoding: bytes[start..<index], as: UTF8.self)
                index += 1
                return text
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { break }
                let escape = bytes[index]
                if escape == UInt8(ascii: "u") {
                    for offset in 1...4 {
                        guard index + offset < bytes.count, Self.isHexDigit(bytes[index + offset]) else {
                            throw failure("a \\u escape needs four hexadecimal digits")
                        }
                    }
                    index += 5
                } else if Array("\"\\/bfnrt".utf8).contains(escape) {
                    index += 1
                } else {
                    throw failure("a string has an unknown escape \\\(Character(Unicode.Scalar(escape)))")
                }
            case 0x00..<0x20:
                throw failure(byte == 0x0A ? "a string is not closed before the end of the line" : "a string holds a control character; write it as an escape")
            case 0x80...:
                let length = Self.validUTF8Length(bytes, at: index)
                guard length > 0 else { throw failure("the text is not valid UTF-8") }
                index += length
            default:
                index += 1
            }
        }
        throw failure("the file ends inside a string; a closing '\"' is missing")
    }

    /// The text of a string scanned by `string()` with its escapes read (`"space_k\u0065y"` is `space_key`), so two
    /// spellings of one field name are one name.
    private static func unescaped(_ raw: String) -> String {
        guard raw.contains("\\"), let text = try? JSONDecoder().decode(String.self, from: Data(("\"" + raw + "\"").utf8)) else { return raw }
        return text
    }

    private mutating func literal(_ word: String) throws(SyntaxError) {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw failure("a value was expected but found \(describeHere())")
        }
        index += expected.count
    }

    private mutating func number() throws(SyntaxError) {
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, Self.isDigit(bytes[index]) else { throw failure("a number needs a digit here") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, Self.isDigit(bytes[index]) else { throw failure("a number needs a digit after '.'") }
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, Self.isDigit(bytes[index]) else { throw failure("a number needs a digit in its exponent") }
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }

    /// The length of the well-formed UTF-8 sequence at `start`, or 0 when it is malformed.
    private static func validUTF8Length(_ bytes: [UInt8], at start: Int) -> Int {
        let lead = bytes[start]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard start + length <= bytes.count else { return 0 }
        for offset in 1..<length {
            let byte = bytes[start + offset]
            let (minimum, maximum) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard (minimum...maximum).contains(byte) else { return 0 }
        }
        return length
    }
}
