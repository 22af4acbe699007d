@testable import StorageFormat

/// Crude, independent extraction of facts from raw storage text, used to check rendered output.
enum RawStorage {
    /// The contents of every element `<name ...>...</name>` (non-nested match, first closing tag).
    static func elements(_ name: String, in text: String) -> [Substring] {
        var results: [Substring] = []
        var rest = text[...]
        while let open = rest.firstRange(of: "<" + name) {
            let afterName = rest[open.upperBound...]
            guard let next = afterName.first, next == " " || next == ">" || next == "\n" || next == "\t" || next == "/"
            else {
                rest = afterName
                continue
            }
            guard let tagEnd = afterName.firstIndex(of: ">") else { break }
            if tagEnd > afterName.startIndex, afterName[afterName.index(before: tagEnd)] == "/" {
                results.append("")
                rest = afterName[tagEnd...]
                continue
            }
            let contentStart = afterName.index(after: tagEnd)
            guard let close = afterName[contentStart...].firstRange(of: "</" + name + ">") else { break }
            results.append(afterName[contentStart..<close.lowerBound])
            rest = afterName[close.upperBound...]
        }
        return results
    }

    /// The values of attribute `name` anywhere in the text, entity-decoded.
    static func attributeValues(_ name: String, in text: String) -> [String] {
        var values: [String] = []
        var rest = text[...]
        while let range = rest.firstRange(of: " " + name + "=\"") ?? rest.firstRange(of: "\n" + name + "=\"") {
            let valueStart = range.upperBound
            guard let end = rest[valueStart...].firstIndex(of: "\"") else { break }
            values.append(decode(String(rest[valueStart..<end])))
            rest = rest[end...]
        }
        return values
    }

    /// The concatenated CDATA sections inside `content`, or nil when there are none.
    static func cdata(in content: Substring) -> String? {
        var result: String?
        var rest = content
        while let open = rest.firstRange(of: "<![CDATA[") {
            let start = open.upperBound
            let close = rest[start...].firstRange(of: "]]>")
            let end = close?.lowerBound ?? rest.endIndex
            result = (result ?? "") + rest[start..<end]
            rest = close.map { rest[$0.upperBound...] } ?? rest[rest.endIndex...]
        }
        return result
    }

    /// Text with markup removed and entities decoded.
    static func stripTags(_ text: Substring) -> String {
        var result = ""
        var inTag = false
        for character in text {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
                result += " "
            } else if !inTag {
                result.append(character)
            }
        }
        return decode(result)
    }

    /// Entities decoded and whitespace collapsed, as the library does for text.
    static func decode(_ text: String) -> String {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            var decoder = TextDecoder()
            var space = true
            let decoded = decoder.decode(UnsafeBufferPointer(buffer), 0..<buffer.count, entities: true, collapse: true,
                                         lastWasSpace: &space)
            return decoded.trimmingCharacters(in: " ")
        }
    }

    /// Control characters that must never reach output (tab and newline excepted).
    static func controlCharacters(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            let value = scalar.value
            if value == 0x09 || value == 0x0A { return false }
            return value < 0x20 || (value >= 0x7F && value < 0xA0) || value == 0x2028 || value == 0x2029
        }
    }

    /// CDATA normalised the way the library cleans it: control characters dropped, CR LF as LF.
    static func normalizedCode(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x0D {
                previousCR = true
                continue
            }
            if previousCR && value != 0x0A { scalars.append("\n") }
            previousCR = false
            if value == 0x2028 || value == 0x2029 {
                scalars.append("\n")
            } else if value == 0x09 || value == 0x0A || !(value < 0x20 || (value >= 0x7F && value < 0xA0)) {
                scalars.append(scalar)
            }
        }
        if previousCR { scalars.append("\n") }
        return String(scalars)
    }
}

extension String {
    func trimmingCharacters(in character: Character) -> String {
        var slice = Substring(self)
        while slice.first == character { slice = slice.dropFirst() }
        while slice.last == character { slice = slice.dropLast() }
        return String(slice)
    }

    /// Occurrences of `needle`.
    func occurrences(of needle: String) -> Int {
        guard !needle.isEmpty else { return 0 }
        var count = 0
        var rest = self[...]
        while let range = rest.firstRange(of: needle) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }
}
