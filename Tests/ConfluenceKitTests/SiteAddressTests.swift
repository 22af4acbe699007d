import Foundation
import Testing
import ConfluenceKit

/// Every entry point reads a site address the same way: user names and passwords refused without echoing them,
/// queries and fragments dropped, ports outside 1...65535 refused instead of crashing the transport.
struct SiteAddressTests {
    @Test func aUserNameAndPasswordAreRefusedWithoutRepeatingThem() {
        let address = "https://bob:HUNTER2PW@x.atlassian.net/wiki?token=QSECRET#f"
        for attempt in [{ _ = try SiteAddress.parse(address) }, { _ = try Site.detect(address) }] as [() throws -> Void] {
            let error = #expect(throws: ConfluenceError.self) { try attempt() }
            #expect(error?.kind == .invalidSite)
            #expect(error?.description == "invalid site: the site address holds a user name or password; give the user and the secret separately, never in the address")
        }
    }

    /// Of a page's address pasted whole, the query, fragment and the path from Confluence's own pages on are dropped.
    @Test(arguments: [
        (" https://x.atlassian.net/wiki/spaces/ENG?token=QSECRET#f ", "https://x.atlassian.net/wiki"),
        ("https://acme.atlassian.net/wiki/spaces/OPS/pages/123/Title", "https://acme.atlassian.net/wiki"),
        ("http://127.0.0.1:18555/wiki/spaces/OPS/overview", "http://127.0.0.1:18555/wiki"),
        ("https://wiki.example.com/confluence/display/OPS/Runbook+Home", "https://wiki.example.com/confluence"),
        ("https://wiki.example.com/pages/viewpage.action?pageId=5", "https://wiki.example.com"),
        ("https://x.atlassian.net/wiki/x/AbCd", "https://x.atlassian.net/wiki"),
        ("https://x.atlassian.net/wiki/home", "https://x.atlassian.net/wiki"),
        ("dc.example.com:8443/confluence", "https://dc.example.com:8443/confluence"),
        ("https://dc.example.com/my%20wiki/", "https://dc.example.com/my%20wiki"),
    ])
    func aPagesAddressKeepsTheSitesPart(address: String, site: String) throws {
        #expect(try SiteAddress.parse(address).absoluteString == site)
    }

    /// One site has one spelling, so accounts and definitions that name it match however it was typed.
    @Test(arguments: [
        ("HTTPS://Acme.Atlassian.NET/wiki/", "https://acme.atlassian.net/wiki"),
        ("https://acme.atlassian.net:443//", "https://acme.atlassian.net"),
        ("HTTP://LocalHost:80/Confluence/", "http://localhost/Confluence"),
        ("http://127.0.0.1:8090/", "http://127.0.0.1:8090"),
        ("http://127.0.0.1:8090//confluence//", "http://127.0.0.1:8090/confluence"),
        ("https://dc.example.com/a//b/display/X", "https://dc.example.com/a/b"),
        ("https://dc.example.com:80/", "https://dc.example.com:80"),
    ])
    func aSiteHasOneSpelling(address: String, site: String) throws {
        #expect(try SiteAddress.parse(address).absoluteString == site)
    }

    @Test(arguments: [("http://127.0.0.1:99999/", 99999), ("localhost:65536", 65536), ("http://h:0/wiki", 0)])
    func aPortOutsideTheRangeIsRefused(address: String, port: Int) {
        let error = #expect(throws: ConfluenceError.self) { try Site.detect(address) }
        #expect(error?.description.hasPrefix("invalid site: the port \(port) of ") == true)
        #expect(error?.description.hasSuffix(" is not one from 1 to 65535") == true)
    }

    @Test func aStoredURLWithABadPortMakesNoSite() throws {
        let stored = try #require(URL(string: "http://127.0.0.1:99999/wiki"))
        #expect(throws: ConfluenceError.self) { try Site.cloud(stored) }
        #expect(throws: ConfluenceError.self) { try Site.dataCenter(stored) }
        #expect(SiteAddress.problem(with: stored) == "the port 99999 of http://127.0.0.1:99999/wiki is not one from 1 to 65535")
    }

    @Test func theShownAddressLeavesTheUserInfoOut() {
        #expect(SiteAddress.shown("https://bob:pw@x.example/wiki") == "https://x.example/wiki")
        #expect(SiteAddress.shown("https://x.example/a") == "https://x.example/a")
        // A password may hold `/`, `?`, `#` or `:` (base64 tokens do), and the address may name no scheme: all is hidden
        // up to the last `@`, even when that hides part of a path.
        for address in ["https://bob:ab/cd?e#f@x.example/wiki", "bob:tok/en@x.example/wiki", "bob:a b@x.example/wiki"] {
            #expect(!SiteAddress.shown(address).contains("ab/cd") && !SiteAddress.shown(address).contains("tok/en")
                && !SiteAddress.shown(address).contains("a b"), "\(address)")
            #expect(SiteAddress.shown(address).hasSuffix("x.example/wiki"))
        }
        #expect(SiteAddress.shown("https://x.example/a@b") == "https://b")
    }

    @Test(arguments: ["http://wiki.example.com", "HTTP://dc.corp:8090/confluence", "http://10.0.0.5", "http://127.attacker.example",
                      "http://127.0.0.1.attacker.example"])
    func plainHTTPToAnotherMachineIsWarnedAbout(address: String) throws {
        let warning = try #require(SiteAddress.clearTextWarning(for: SiteAddress.parse(address)))
        #expect(warning.contains(" is plain http: the secret would cross the network unencrypted"))
    }

    @Test(arguments: ["https://x.atlassian.net", "http://127.0.0.1:8080", "http://localhost:1990/confluence", "http://[::1]:9/",
                      "http://localhost.:8080", "http://127.255.0.9"])
    func httpsAndLoopbackAreNotWarnedAbout(address: String) throws {
        #expect(SiteAddress.clearTextWarning(for: try SiteAddress.parse(address)) == nil)
    }
}
