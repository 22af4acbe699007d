import Foundation
import LocalStore
import Testing

struct JSONLocatorTests {
    /// A small shape to decode in these tests.
    private struct Named: Decodable {
        var name: String
    }

    private func problem(_ text: String) -> JSONFileProblem? {
        if case .failure(let problem) = JSONFileDecoder.decode(Named.self, from: Data(text.utf8), path: "/x.json", subject: "a name") { return problem }
        return nil
    }

    /// A secret pasted into an enum field never comes back in the sentence (the standard library's quotes it).
    @Test func aBadEnumValueIsNamedByFieldNeverQuoted() {
        struct Kinded: Decodable { enum Kind: String, Decodable { case basic, oauth }; let kind: Kind }
        let secret = "ATATT3xFfGF0-SECRET-TOKEN"
        guard case .failure(let problem) = JSONFileDecoder.decode(Kinded.self, from: Data(#"{"kind": "\#(secret)"}"#.utf8),
                                                                  path: "/x.json", subject: "an account") else {
            Issue.record("the bad value decoded")
            return
        }
        #expect(!problem.description.contains("SECRET"))
        #expect(problem.description.contains("kind holds a value that is not one of those allowed"))
    }

    /// A file enumeration's refusal names the values allowed, still never the value found.
    @Test func aBadFileEnumerationValueNamesTheAllowedValues() {
        struct Kinded: Decodable { enum Kind: String, FileEnumeration { case basic, oauth }; let kind: Kind }
        guard case .failure(let problem) = JSONFileDecoder.decode(Kinded.self, from: Data(#"{"kind": "ATATT3x-SECRET"}"#.utf8),
                                                                  path: "/x.json", subject: "an account") else {
            Issue.record("the bad value decoded")
            return
        }
        #expect(!problem.description.contains("SECRET"))
        #expect(problem.description.contains("kind holds a value that is not one of those allowed (basic, oauth)"))
    }

    @Test func deepNestingIsReportedNotCrashed() {
        let text = "{\"name\": " + String(repeating: "[", count: 100_000)
        #expect(problem(text) == JSONFileProblem(path: "/x.json", line: 1, column: 265, sentence: "the JSON nests deeper than 256 levels"))
    }

    @Test func aByteOrderMarkIsAccepted() {
        let text = "\u{FEFF}{\"name\": \"x\"}"
        guard case .success(let named) = JSONFileDecoder.decode(Named.self, from: Data(text.utf8), path: "/x.json", subject: "a name") else {
            Issue.record("a file starting with a byte order mark was refused: \(String(describing: problem(text)))")
            return
        }
        #expect(named.name == "x")
    }

    @Test func linesOfMembersAndElementsAreRecorded() throws {
        let locator = try JSONLocator(Data("{\n \"a\": {\n  \"b\": [\n   1,\n   {\"c\": true}\n  ]\n }\n}".utf8))
        #expect(locator.line(of: ["a"]) == 2)
        #expect(locator.line(of: ["a", "b"]) == 3)
        #expect(locator.line(of: ["a", "b", "1", "c"]) == 5)
        #expect(locator.line(of: ["a", "missing"]) == 2)
    }

    @Test(arguments: [
        ("{\"a\": 01}", "a ',' or '}' was expected but found '1'"),
        ("{\"a\": -}", "a number needs a digit here"),
        ("{\"a\": 1.}", "a number needs a digit after '.'"),
        ("{\"a\": 1e}", "a number needs a digit in its exponent"),
        ("{\"a\": \"\\q\"}", "a string has an unknown escape \\q"),
        ("{\"a\": \"\\u12G4\"}", "a \\u escape needs four hexadecimal digits"),
        ("{\"a\": tru}", "a value was expected but found 't'"),
        ("{a: 1}", "a field name in double quotes was expected but found 'a'"),
        ("{\"a\" 1}", "a ':' was expected after the field name but found '1'"),
        ("[1 2]", "a ',' or ']' was expected but found '2'"),
        ("{\"a\": \"x", "the file ends inside a string; a closing '\"' is missing"),
        ("{\"a\": [1,", "the file ends where a value was expected"),
        ("{\"a\": 1", "the file ends inside an object; a '}' is missing"),
    ])
    func syntaxErrorsAreNamed(text: String, sentence: String) {
        #expect(problem(text)?.sentence == sentence)
    }

    @Test func validNumbersAndEscapesPass() throws {
        _ = try JSONLocator(Data(#"{"n": [0, -1.5e+3, 2E-2, 10], "s": "\u00e9\n\"\\\/"}"#.utf8))
    }

    /// A field written twice is refused where it is written the second time; the same name in two objects is not a repeat.
    @Test func aFieldWrittenTwiceInOneObjectIsRefused() throws {
        let twice = "{\n  \"secrets\": {\n    \"work\": \"a\",\n    \"work\": \"b\"\n  }\n}"
        let found = try #require(problem(twice))
        #expect(found.sentence == "the field \"work\" is written twice in one object (first on line 3); keep one")
        #expect(found.line == 4 && found.column == 5)
        _ = try JSONLocator(Data(#"{"a": {"name": 1}, "b": {"name": 2}, "c": [{"name": 3}, {"name": 4}]}"#.utf8))
        let escaped = try #require(problem(#"{"space_key": "ENG", "space_k\u0065y": "OPS"}"#))
        #expect(escaped.sentence == "the field \"space_k\\u0065y\" is written twice in one object (first on line 1); keep one",
                "an escape spells the same name")
    }
}
