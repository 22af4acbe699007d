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

    @Test func aSecretIsAlsoHiddenAsADescriptionEscapesIt() {
        let redactor = Redactor(hiding: ["PATSECRET999\r"])
        let described = String(describing: ["Bearer PATSECRET999\r"])
        #expect(redactor.clean(described) == #"["Bearer <redacted>"]"#)
    }

    @Test func anAuthorizationHeaderIsHiddenWholeAndByItsCredential() {
        let redactor = Redactor(hidingAuthorization: "Bearer tok123")
        #expect(redactor.clean("sent Bearer tok123; echoed tok123") == "sent <redacted>; echoed <redacted>")
        #expect(Redactor(hidingAuthorization: nil).secrets.isEmpty)
    }
}
