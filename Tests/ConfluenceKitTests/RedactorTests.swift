import ConfluenceKit
import Testing

/// Known secrets are hidden from outside text whole, whatever their order and overlap.
struct RedactorTests {
    @Test func aSecretHoldingAShorterOneIsHiddenWhole() {
        let redactor = Redactor(hiding: ["abc", "xxabcyy"])
        #expect(redactor.clean("key xxabcyy, token abc") == "key <redacted>, token <redacted>")
    }

    @Test func nilAndEmptyValuesAreIgnored() {
        let redactor = Redactor(hiding: [nil, "", "s3cret"])
        #expect(redactor.secrets == ["s3cret"])
        #expect(redactor.clean("a s3cret b") == "a <redacted> b")
    }
}
