import Foundation
import Testing
@testable import ConfluenceKit

/// Site kinds are detected from the URL, can be overridden, and next links resolve against the right root.
struct SiteTests {
    @Test(arguments: [
        ("https://acme.atlassian.net", Site.Kind.cloud, "https://acme.atlassian.net", "/wiki"),
        ("acme.atlassian.net/wiki/", .cloud, "https://acme.atlassian.net", "/wiki"),
        ("https://ACME.atlassian.net/wiki/rest/api", .cloud, "https://acme.atlassian.net", "/wiki"),
        ("https://dc.example.com", .dataCenter, "https://dc.example.com", ""),
        ("https://dc.example.com:8443/confluence/", .dataCenter, "https://dc.example.com:8443", "/confluence"),
        ("http://10.0.0.5:8090/wiki/rest/api", .dataCenter, "http://10.0.0.5:8090", "/wiki"),
        ("http://[::1]:8090", .dataCenter, "http://[::1]:8090", ""),
        ("https://[2001:db8::1]/confluence", .dataCenter, "https://[2001:db8::1]", "/confluence"),
    ])
    func detection(input: String, kind: Site.Kind, root: String, contextPath: String) throws {
        let site = try Site.detect(input)
        #expect(site.kind == kind)
        #expect(site.root.absoluteString == root)
        #expect(site.contextPath == contextPath)
        #expect(site.cloudId == nil)
    }

    @Test func theKindCanBeOverriddenForAnEmulator() throws {
        let site = try Site.detect("http://127.0.0.1:9000", kind: .cloud)
        #expect(site.kind == .cloud)
        #expect(site.url("/api/v2/spaces").absoluteString == "http://127.0.0.1:9000/wiki/api/v2/spaces")
        let dc = try Site.detect("https://acme.atlassian.net", kind: .dataCenter)
        #expect(dc.kind == .dataCenter)
    }

    @Test func anEncodedContextPathStaysEncodedInRequests() throws {
        let site = try Site.detect("https://dc.example.com/my%20wiki/")
        #expect(site.contextPath == "/my%20wiki")
        #expect(site.url("/rest/api/space").absoluteString == "https://dc.example.com/my%20wiki/rest/api/space")
        #expect(site.description == "https://dc.example.com/my%20wiki")
    }

    @Test func theGatewayIsAddressedByCloudId() throws {
        let site = try Site.cloudGateway(cloudId: "a436116f-02ce-4520-8fbb-7301462a1674")
        #expect(site.description == "https://api.atlassian.com/ex/confluence/a436116f-02ce-4520-8fbb-7301462a1674")
        #expect(site.url("/rest/api/space").absoluteString == "https://api.atlassian.com/ex/confluence/a436116f-02ce-4520-8fbb-7301462a1674/wiki/rest/api/space")
        #expect(site.cloudId == "a436116f-02ce-4520-8fbb-7301462a1674")
        #expect(site.jsonKindName == "cloud_gateway", "as accounts.json names it")
        #expect(try Site.detect("https://x.atlassian.net").jsonKindName == "cloud")
        #expect(try Site.detect("https://wiki.example.com").jsonKindName == "data_center")
    }

    @Test(arguments: ["", "   ", "abc/def", "id?x=1"])
    func aBadCloudIdIsRefused(cloudId: String) {
        #expect(throws: ConfluenceError.self) { try Site.cloudGateway(cloudId: cloudId) }
    }

    @Test(arguments: ["ftp://host/x", "https://", "http:///path", "::::"])
    func badURLsAreRefusedWithASentence(input: String) {
        let error = #expect(throws: ConfluenceError.self) { try Site.detect(input) }
        #expect(error?.kind == .invalidSite)
        #expect(error?.description.hasPrefix("invalid site: ") == true)
    }

    @Test func nextLinksResolveAgainstTheRightRoot() throws {
        let cloud = Fixture.cloud
        #expect(cloud.resolve(link: "/wiki/api/v2/spaces?cursor=x")?.absoluteString == "https://acme.atlassian.net/wiki/api/v2/spaces?cursor=x")
        #expect(cloud.resolve(link: "/rest/api/search?cql=a&cursor=y")?.absoluteString == "https://acme.atlassian.net/wiki/rest/api/search?cql=a&cursor=y")
        let gateway = try Site.cloudGateway(cloudId: "c1")
        #expect(gateway.resolve(link: "/wiki/api/v2/spaces?cursor=x")?.absoluteString == "https://api.atlassian.com/ex/confluence/c1/wiki/api/v2/spaces?cursor=x")
        #expect(gateway.resolve(link: "https://acme.atlassian.net/wiki/rest/api/space?start=25")?.absoluteString == "https://api.atlassian.com/ex/confluence/c1/wiki/rest/api/space?start=25")
        let dc = Fixture.dataCenter
        #expect(dc.resolve(link: "/rest/api/space?start=25")?.absoluteString == "https://dc.example.com/confluence/rest/api/space?start=25")
        #expect(dc.resolve(link: "/confluence/rest/api/space?start=25")?.absoluteString == "https://dc.example.com/confluence/rest/api/space?start=25")
        #expect(dc.resolve(link: "") == nil)
    }
}

/// Small parsers: Link headers, Retry-After, query encoding, HTML reduction.
struct ParserTests {
    @Test func linkHeadersFindTheNextRelation() {
        let value = #"</wiki/api/v2/spaces?cursor=a,b>; rel="next", <https://acme.atlassian.net/wiki>; rel="base""#
        #expect(LinkHeader.target(of: "next", in: [value]) == "/wiki/api/v2/spaces?cursor=a,b")
        #expect(LinkHeader.target(of: "base", in: [value]) == "https://acme.atlassian.net/wiki")
        #expect(LinkHeader.target(of: "next", in: [#"<https://x>; rel="prev""#]) == nil)
        #expect(LinkHeader.target(of: "next", in: ["garbage"]) == nil)
        #expect(LinkHeader.target(of: "next", in: ["<a>; rel=next"]) == "a")
    }

    @Test func retryAfterReadsSecondsAndDates() {
        let now = Date(timeIntervalSince1970: 1_445_412_480)
        #expect(RetryAfter.delay(from: "120", now: now) == .seconds(120))
        #expect(RetryAfter.delay(from: " 1.5 ", now: now) == .milliseconds(1500))
        #expect(RetryAfter.delay(from: "-4", now: now) == .zero)
        #expect(RetryAfter.delay(from: "Wed, 21 Oct 2015 07:28:30 GMT", now: now) == .seconds(30))
        #expect(RetryAfter.delay(from: "Wed, 21 Oct 2015 07:00:00 GMT", now: now) == .zero)
        #expect(RetryAfter.delay(from: "soon", now: now) == nil)
        #expect(RetryAfter.delay(from: nil, now: now) == nil)
    }

    @Test func queryEncodingIsStrict() {
        #expect(QueryItems.encode(#"title ~ "a+b" & c=d/é"#) == "title%20~%20%22a%2Bb%22%20%26%20c%3Dd%2F%C3%A9")
    }

    @Test func htmlIsReducedToText() {
        #expect(HTMLText.reduce("<p>a&amp;b</p><script>x()</script><p>  c\n d</p>") == "a&b c d")
        #expect(HTMLText.reduce("<style>unclosed") == "")
    }

    @Test func theBackoffCeilingGrowsExponentiallyAndIsCapped() {
        let policy = RetryPolicy(baseDelay: .seconds(1), maxBackoff: .seconds(10))
        #expect((1...6).map(policy.backoffCeiling(forRetry:)) == [.seconds(1), .seconds(2), .seconds(4), .seconds(8), .seconds(10), .seconds(10)])
        #expect(RetryPolicy(maxAttempts: 0).maxAttempts == 1)
    }
}
