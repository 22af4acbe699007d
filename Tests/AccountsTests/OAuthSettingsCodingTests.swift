import Accounts
import Foundation
import Testing

/// OAuth scopes in the config file: the default is not written, so a later default reaches saved accounts.
struct OAuthSettingsCodingTests {
    private func decode(_ json: String) throws -> OAuthSettings {
        try JSONDecoder().decode(OAuthSettings.self, from: Data(json.utf8))
    }

    @Test func theDefaultScopesAreNotWrittenAndCustomOnesRoundTrip() throws {
        let plain = String(decoding: try JSONEncoder().encode(OAuthSettings(clientId: "c")), as: UTF8.self)
        #expect(!plain.contains("scopes"))
        #expect(try decode(plain).scopes == OAuthSettings.readOnlyScopes)
        let custom = OAuthSettings(clientId: "c", scopes: ["read:page:confluence"])
        #expect(try JSONDecoder().decode(OAuthSettings.self, from: JSONEncoder().encode(custom)) == custom)
    }

    @Test func aConfigThatStoredTheEarlierDefaultGetsTodaysDefault() throws {
        let earlier = #"{"client_id":"c","scopes":["read:space:confluence","read:page:confluence","read:hierarchical-content:confluence","read:content.metadata:confluence","read:label:confluence","read:attachment:confluence","read:folder:confluence","search:confluence","read:confluence-user"]}"#
        let settings = try decode(earlier)
        #expect(settings.scopes == OAuthSettings.readOnlyScopes)
        #expect(settings.scopes.contains("read:content-details:confluence"))
        #expect(try decode(#"{"client_id":"c","scopes":["search:confluence"]}"#).scopes == ["search:confluence"])
    }
}
