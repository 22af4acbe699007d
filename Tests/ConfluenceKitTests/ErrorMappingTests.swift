import Foundation
import Testing
@testable import ConfluenceKit

/// Each error body shape of the fact sheet becomes a sentence naming the site, request, status and server message.
struct ErrorMappingTests {
    static func failure(site: Site = Fixture.cloud, credential: Credential? = nil, response: HTTPResponse,
                        _ operation: @Sendable (ConfluenceClient) async throws -> Void) async -> ConfluenceError? {
        let harness = Fixture.harness(site: site, credential: credential, handler: { _ in response })
        return await #expect(throws: ConfluenceError.self) { try await operation(harness.client) }
    }

    @Test func v1RestErrorBodyGivesItsMessage() async throws {
        let body = #"{"statusCode":400,"data":{"authorized":false,"valid":true,"errors":[],"successful":false},"message":"Could not parse cql : space = ","reason":"Bad Request"}"#
        let error = await Self.failure(response: Fixture.json(body, status: 400)) { _ = try await $0.count(cql: "space = ") }
        #expect(error?.kind == .rejected)
        #expect(error?.serverMessage == "Could not parse cql : space =")
        #expect(error?.description == "400 Bad Request on https://acme.atlassian.net (GET /wiki/rest/api/search?cql=space%20%3D%20&limit=0). The server said: Could not parse cql : space =")
    }

    @Test func v2ErrorsArrayAndNotFoundOrNotPermitted() async throws {
        let body = #"{"errors":[{"status":404,"code":"NOT_FOUND","title":"Not Found","detail":null}]}"#
        let error = await Self.failure(response: Fixture.json(body, status: 404)) { _ = try await $0.page(id: "9") }
        #expect(error?.kind == .notFound)
        #expect(error?.description == "404: not found or not permitted on https://acme.atlassian.net (GET /wiki/api/v2/pages/9?body-format=storage&include-labels=true). The server said: Not Found")
    }

    @Test func v2ErrorsJoinTitleAndDetail() async throws {
        let body = #"{"errors":[{"status":400,"code":"INVALID_REQUEST_PARAMETER","title":"Provided value {abc} for 'id' is not the correct type.","detail":"Expected type is ContentId"},{"status":400,"code":"X","title":"Second","detail":""}]}"#
        let error = await Self.failure(response: Fixture.json(body, status: 400)) { _ = try await $0.labels(of: "abc").collect() }
        #expect(error?.serverMessage == "Provided value {abc} for 'id' is not the correct type.: Expected type is ContentId; Second")
    }

    @Test func aDataCenterHTMLPageIsReducedToItsText() async throws {
        let html = """
        <!DOCTYPE html><html><head><title>Log in - Confluence</title><style>body { color: red; }</style>
        <script>var secret = 1;</script></head>
        <body><div class="aui-message error"><p>Sorry, your username&nbsp;and password are   incorrect - please try again.</p></div>
        <!-- build 9012 --></body></html>
        """
        let error = await Self.failure(site: Fixture.dataCenter, credential: .password(user: "alice", password: Fixture.password),
                                       response: HTTPResponse(status: 401, text: html, contentType: "text/html;charset=UTF-8")) { _ = try await $0.currentUser() }
        #expect(error?.description == "401: the password was refused for alice on https://dc.example.com/confluence (GET /confluence/rest/api/user/current). The server said: Sorry, your username and password are incorrect - please try again.")
    }

    @Test func aLongHTMLPageIsCapped() async throws {
        let html = "<html><body><p>" + String(repeating: "word ", count: 400) + "</p></body></html>"
        let error = await Self.failure(site: Fixture.dataCenter, response: HTTPResponse(status: 500, text: html, contentType: "text/html")) { _ = try await $0.currentUser() }
        let message = try #require(error?.serverMessage)
        #expect(message.count == 301)
        #expect(message.hasSuffix("…"))
    }

    @Test func a401NamesTheRefusedAPITokenAndUser() async throws {
        let error = await Self.failure(response: Fixture.json("", status: 401)) { _ = try await $0.currentUser() }
        #expect(error?.description == "401: the API token was refused for me@example.com on https://acme.atlassian.net (GET /wiki/rest/api/user/current)")
    }

    @Test func a401NamesTheRefusedPersonalAccessToken() async throws {
        let error = await Self.failure(site: Fixture.dataCenter, response: Fixture.json(#"{"message":"Unauthorized"}"#, status: 401)) { _ = try await $0.space(key: "ENG") }
        #expect(error?.description.hasPrefix("401: the personal access token was refused on https://dc.example.com/confluence (GET /confluence/rest/api/space/ENG") == true)
    }

    @Test func aGatewayScopeRefusalSaysTheTokenLacksAScope() async throws {
        let body = #"{"code":401,"message":"Unauthorized; scope does not match"}"#
        let error = await Self.failure(credential: .oauthAccessToken("token"), response: Fixture.json(body, status: 401)) {
            _ = try await $0.content(id: "7", expand: "")
        }
        #expect(error?.kind == .unauthorized)
        #expect(error?.description == "401: the OAuth access token lacks the OAuth scope this call needs on https://acme.atlassian.net (GET /wiki/rest/api/content/7). Log in again so the app is granted its current scopes. The server said: Unauthorized; scope does not match")
    }

    @Test func a403IsForbiddenWithThePlainTextMessage() async throws {
        let error = await Self.failure(response: HTTPResponse(status: 403, text: "Current user not permitted to use Confluence", contentType: "text/plain")) { _ = try await $0.currentUser() }
        #expect(error?.kind == .forbidden)
        #expect(error?.description == "403 Forbidden on https://acme.atlassian.net (GET /wiki/rest/api/user/current). The server said: Current user not permitted to use Confluence")
    }

    @Test func truncatedJSONIsADecodingErrorNamingThePath() async throws {
        let error = await Self.failure(response: Fixture.json(#"{"results":[{"id":"1","key":"EN"#)) { _ = try await $0.spaces().collect() }
        #expect(error?.kind == .decoding)
        #expect(error?.description == "the response could not be read on https://acme.atlassian.net (GET /wiki/api/v2/spaces?description-format=plain&limit=100): the body is not valid JSON (it may be truncated)")
    }

    @Test func aWrongTypeNamesTheJSONPath() async throws {
        let error = await Self.failure(response: Fixture.json(#"{"results":[{"id":"1","key":"A","name":"a"},{"id":"2","key":7}]}"#)) { _ = try await $0.spaces().collect() }
        #expect(error?.description.hasSuffix(": expected a string at results[1].key") == true)
    }

    @Test func aMissingRequiredFieldNamesIt() async throws {
        let error = await Self.failure(response: Fixture.json(#"{"results":[{"id":"1","name":"a"}]}"#)) { _ = try await $0.spaces().collect() }
        #expect(error?.description.hasSuffix(#": the field "key" is missing at results[0]"#) == true)
    }

    @Test func aWebPageOrBytesThatAreNotTextSayWhatCameInsteadOfJSON() async throws {
        let page = HTTPResponse(status: 200, text: "\n  <!DOCTYPE html><html><body>Sign in</body></html>", contentType: "text/html")
        let login = await Self.failure(response: page) { _ = try await $0.currentUser() }
        #expect(login?.description.hasSuffix(": the body is a web page, not JSON (a sign-in page or a proxy answered: check the site's address and any proxy)") == true)
        let binary = await Self.failure(response: HTTPResponse(status: 200, body: Data([0x7B, 0x22, 0xFF, 0xFE, 0x22]))) { _ = try await $0.currentUser() }
        #expect(binary?.description.hasSuffix(": the body is not UTF-8 text, so not JSON") == true)
    }

    @Test func anEmptySuccessBodyIsADecodingError() async throws {
        let error = await Self.failure(response: HTTPResponse(status: 200)) { _ = try await $0.currentUser() }
        #expect(error?.description.hasSuffix(": the body is empty, not JSON") == true)
    }

    @Test func aMissingTotalSizeIsADecodingError() async throws {
        let error = await Self.failure(response: Fixture.json(#"{"results":[]}"#)) { _ = try await $0.count(cql: "type=page") }
        #expect(error?.description.hasSuffix(#": the field "totalSize" is missing at the top level"#) == true)
    }

    @Test func secretLookingQueryParametersAreRedactedFromErrors() async throws {
        let harness = Fixture.harness(handler: { _ in Fixture.json("{}", status: 400) })
        let url = harness.client.site.url("/rest/api/x", query: ["access_token": "tok-SECRET", "cql": "a"])
        let error = await #expect(throws: ConfluenceError.self) { try await harness.client.executor.send(.get, url) }
        #expect(error?.target == "/wiki/rest/api/x?access_token=REDACTED&cql=a")
        #expect(error?.description.contains("tok-SECRET") == false)
    }
}

/// No secret appears in errors, events, or the descriptions of credentials.
struct SecretHygieneTests {
    @Test func credentialDescriptionsRedactSecrets() {
        let credentials: [Credential] = [
            Fixture.cloudCredential, Fixture.dcCredential, .password(user: "alice", password: Fixture.password), .oauthAccessToken(Fixture.apiToken),
        ]
        for credential in credentials {
            for text in [credential.description, credential.debugDescription, String(reflecting: credential), "\(credential)", "\(StaticAuthProvider(credential))"] {
                for secret in Fixture.secrets {
                    #expect(!text.contains(secret), "\(text)")
                }
            }
        }
        #expect(Fixture.cloudCredential.description == "API token for me@example.com")
        #expect(Fixture.dcCredential.debugDescription == "Credential(personal access token, secret: <redacted>)")
    }

    @Test func eventsAndErrorsOfAFailingSessionHoldNoSecret() async throws {
        for site in [Fixture.cloud, Fixture.dataCenter] {
            let counter = Counter()
            let harness = Fixture.harness(site: site) { _ in
                switch await counter.next() {
                case 0: return Fixture.json("{}", status: 429, headers: ["Retry-After": "1"])
                case 1: throw TransportError.connectionReset
                default: return Fixture.json(#"{"message":"nope"}"#, status: 401)
                }
            }
            var errors: [String] = []
            let events = try await collectEvents(of: harness.client) {
                do { _ = try await harness.client.currentUser() } catch { errors.append(String(describing: error)) }
                do { _ = try await harness.client.page(id: "1") } catch { errors.append(String(describing: error)) }
            }
            #expect(errors.count == 2)
            #expect(!events.isEmpty)
            let texts = errors + events.map(\.description) + events.map(\.target)
            let authorization = site.kind == .cloud ? Fixture.cloudAuthorization : Fixture.dcAuthorization
            for text in texts {
                for secret in Fixture.secrets + [authorization, String(authorization.dropFirst(6))] {
                    #expect(!text.contains(secret), "\(text)")
                }
            }
        }
    }

    actor Counter {
        var value = 0
        func next() -> Int { defer { value += 1 }; return value }
    }
}
