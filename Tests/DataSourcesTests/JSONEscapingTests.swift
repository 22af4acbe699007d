import DataSources
import Foundation
import Testing

/// `--json` output keeps its layout and its value while hidden formatting inside strings is escaped.
struct JSONEscapingTests {
    @Test func layoutStaysAndHiddenFormattingIsEscapedToTheSameValue() throws {
        let value = ["title": "a\u{202E}b\u{200B}c\u{9B}d\u{E0041}", "plain": "x\ty"]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let encoded = String(decoding: try encoder.encode(value), as: UTF8.self)
        let escaped = JSONEscaping.escapingHiddenFormatting(encoded)
        #expect(escaped.contains("\n  \"plain\""), "the layout's newlines and indentation stay")
        #expect(!escaped.unicodeScalars.contains { [0x202E, 0x200B, 0x9B, 0xE0041].contains($0.value) })
        #expect(escaped.contains("\\u202e") && escaped.contains("\\udb40\\udc41"))
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(escaped.utf8))
        #expect(decoded == value)
    }

    @Test func textWithoutHiddenFormattingIsUnchanged() {
        let json = "{\n\t\"a\" : \"b\"\r\n}"
        #expect(JSONEscaping.escapingHiddenFormatting(json) == json)
    }
}
