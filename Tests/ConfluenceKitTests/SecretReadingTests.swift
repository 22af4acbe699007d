import Testing
import ConfluenceKit

/// A secret read from where a person keeps it loses the whitespace around it, and one that still holds a control
/// character is refused with a sentence that never holds it.
struct SecretReadingTests {
    @Test(arguments: ["tok\r", " tok\n", "\ttok \r\n", "tok"])
    func surroundingWhitespaceIsTrimmed(text: String) throws {
        #expect(try Secret.cleaned(text, origin: "the API token in T") == "tok")
        #expect(try Secret(reading: text, origin: "the API token in T").reveal() == "tok")
    }

    @Test(arguments: ["PAT\rSECRET999", "PAT\u{1B}[31mSECRET999", "PAT\u{7F}SECRET999", "PAT\u{0}SECRET999"])
    func aControlCharacterInsideIsRefusedWithoutTheSecret(text: String) {
        let error = #expect(throws: InvalidSecretError.self) { try Secret.cleaned(text, origin: "the API token in CONFLUENCE_API_TOKEN") }
        #expect(error?.description.hasPrefix("the API token in CONFLUENCE_API_TOKEN holds a control character") == true)
        #expect(error?.description.contains("SECRET999") == false)
    }

    @Test(arguments: [" pa ss \r\n", " pa ss \n", " pa ss "])
    func keepingSpacesTrimsOnlyLineEnds(text: String) throws {
        #expect(try Secret.cleaned(text, origin: "the password in P", keepingSpaces: true) == " pa ss ")
        #expect(try Secret(reading: text, origin: "the password in P", keepingSpaces: true).reveal() == " pa ss ")
        let blank = #expect(throws: InvalidSecretError.self) { try Secret.cleaned("  \r\n", origin: "the password in P", keepingSpaces: true) }
        #expect(blank?.description == "the password in P is empty")
    }

    @Test func whitespaceAloneIsEmpty() {
        let error = #expect(throws: InvalidSecretError.self) { try Secret.cleaned(" \r\n", origin: "the password in P") }
        #expect(error?.description == "the password in P is empty")
    }
}
