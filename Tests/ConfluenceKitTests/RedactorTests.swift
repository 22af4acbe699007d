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
        let basic = Redactor(hidingAuthorization: Credential.password(user: "jdoe", password: "pw-SECRET").authorizationHeader)
        #expect(basic.clean("the password pw-SECRET is wrong") == "the password <redacted> is wrong")
    }

    @Test func aRedactorNeverPrintsItsValuesAndSkipsTooShortCredentials() {
        let redactor = Redactor(hiding: ["s3cret-value"])
        var dumped = ""
        dump(redactor, to: &dumped)
        for text in [String(describing: redactor), String(reflecting: redactor), dumped] {
            #expect(!text.contains("s3cret-value"))
        }
        #expect(Redactor(hidingAuthorization: "Bearer t").clean("the request timed out") == "the request timed out")
    }
}
