import Foundation
import Testing
@testable import ConfluenceKit

/// Every operation sends exactly the expected method, path, query and Authorization header, and decodes the spec's shapes.
struct CloudOperationTests {
    static let spaceJSON = #"{"id":"98305","key":"ENG","name":"Engineering","type":"global","status":"current","homepageId":"65601","description":{"plain":{"value":"The team","representation":"plain"}}}"#

    @Test func spacesUsesV2WithKeysTypeAndStatus() async throws {
        let target = "/wiki/api/v2/spaces?keys=ENG%2COPS&type=global&status=current&description-format=plain&limit=100"
        let harness = Fixture.harness(handler: Fixture.routes([target: #"{"results":[\#(Self.spaceJSON)],"_links":{}}"#]))
        let spaces = try await harness.client.spaces(SpaceFilter(keys: ["ENG", "OPS"], type: .global, status: .current)).collect()
        #expect(spaces == [Space(id: "98305", key: "ENG", name: "Engineering", type: .global, status: .current, homepageId: "65601", description: "The team")])
        let request = try #require(await harness.transport.requests.first)
        #expect(request.method == .get)
        #expect(request.url.host == "acme.atlassian.net")
        #expect(request.target == target)
        #expect(request.headers["authorization"] == Fixture.cloudAuthorization)
        #expect(request.headers["Accept"] == "application/json")
        #expect(request.headers["User-Agent"] == "confluence-tui/\(ProductVersion.current)")
        #expect(request.timeout == .seconds(30))
    }

    @Test func spaceByKeyUsesV2KeysFilter() async throws {
        let harness = Fixture.harness(handler: Fixture.routes(["/wiki/api/v2/spaces?keys=ENG&limit=1": #"{"results":[\#(Self.spaceJSON)]}"#]))
        let space = try await harness.client.space(key: "ENG")
        #expect(space.id == "98305")
        #expect(await harness.transport.requests.map(\.target) == ["/wiki/api/v2/spaces?keys=ENG&limit=1"])
    }

    @Test func spaceByKeyMissingIsNotFound() async throws {
        let harness = Fixture.harness(handler: Fixture.routes(["/wiki/api/v2/spaces?keys=NOPE&limit=1": #"{"results":[]}"#]))
        let error = await #expect(throws: ConfluenceError.self) { try await harness.client.space(key: "NOPE") }
        #expect(error?.kind == .notFound)
        #expect(error?.description == "404: no space with key NOPE, or it is not permitted on https://acme.atlassian.net (GET /wiki/api/v2/spaces?keys=NOPE&limit=1)")
    }

    @Test func rootPagesResolvesTheSpaceIdOnceThenListsRootPages() async throws {
        let pages = #"{"results":[{"id":"65601","status":"current","title":"Engineering Home","spaceId":"98305","parentId":null,"parentType":null,"position":0,"version":{"number":7}}],"_links":{}}"#
        let harness = Fixture.harness(handler: Fixture.routes([
            "/wiki/api/v2/spaces?keys=ENG&limit=1": #"{"results":[\#(Self.spaceJSON)]}"#,
            "/wiki/api/v2/spaces/98305/pages?depth=root&status=current&limit=100": pages,
        ]))
        let first = try await harness.client.rootPages(spaceKey: "ENG").collect()
        let second = try await harness.client.rootPages(spaceKey: "ENG").collect()
        #expect(first == [ContentItem(id: "65601", kind: .page, title: "Engineering Home", status: .current, spaceId: "98305", parentId: nil, position: 0)])
        #expect(second == first)
        #expect(await harness.transport.requests.map(\.target) == [
            "/wiki/api/v2/spaces?keys=ENG&limit=1",
            "/wiki/api/v2/spaces/98305/pages?depth=root&status=current&limit=100",
            "/wiki/api/v2/spaces/98305/pages?depth=root&status=current&limit=100",
        ])
    }

    @Test func childrenUseDirectChildrenIncludingFolders() async throws {
        let body = #"{"results":[{"id":"700","status":"current","title":"Runbooks","type":"folder","spaceId":"98305","childPosition":0},{"id":"701","status":"current","title":"Design","type":"page","spaceId":"98305","childPosition":1}]}"#
        let harness = Fixture.harness(handler: Fixture.routes([
            "/wiki/api/v2/pages/65601/direct-children?limit=100": body,
            "/wiki/api/v2/folders/700/direct-children?limit=100": #"{"results":[]}"#,
        ]))
        let children = try await harness.client.children(of: "65601").collect()
        #expect(children.map(\.kind) == [.folder, .page])
        #expect(children.map(\.parentId) == ["65601", "65601"])
        #expect(children.map(\.position) == [0, 1])
        let folderChildren = try await harness.client.children(of: "700", kind: .folder).collect()
        #expect(folderChildren.isEmpty)
    }

    @Test func pageByIdReadsBodyVersionLabelsAndSpace() async throws {
        let page = #"""
        {"id":"65602","status":"current","title":"Design","spaceId":"98305","parentId":"65601","parentType":"page","position":2,
         "authorId":"5b10","createdAt":"2023-02-14T09:30:00.000Z",
         "version":{"createdAt":"2024-05-02T16:11:00Z","message":"","number":7,"minorEdit":false,"authorId":"5b10"},
         "body":{"storage":{"representation":"storage","value":"<p>Hello</p>"}},
         "labels":{"results":[{"id":"1","name":"design","prefix":"global"}],"meta":{"hasMore":false}},
         "_links":{"webui":"/spaces/ENG/pages/65602/Design"}}
        """#
        let harness = Fixture.harness(handler: Fixture.routes([
            "/wiki/api/v2/pages/65602?body-format=storage&include-labels=true": page,
            "/wiki/api/v2/spaces/98305": Self.spaceJSON,
        ]))
        let result = try await harness.client.page(id: "65602")
        #expect(result.title == "Design")
        #expect(result.storageBody == "<p>Hello</p>")
        #expect(result.version?.number == 7)
        #expect(result.version?.createdAt == Date(timeIntervalSince1970: 1_714_666_260))
        #expect(result.space == SpaceReference(id: "98305", key: "ENG", name: "Engineering"))
        #expect(result.parentId == "65601")
        #expect(result.parentKind == .page)
        #expect(result.position == 2)
        #expect(result.labels == [Label(id: "1", name: "design", prefix: "global")])
        #expect(result.webPath == "/spaces/ENG/pages/65602/Design")
    }

    @Test func pageWithMoreLabelsThanInlinedPagesThroughLabels() async throws {
        let page = #"{"id":"5","title":"T","labels":{"results":[{"id":"1","name":"a"}],"meta":{"hasMore":true}}}"#
        let harness = Fixture.harness(handler: Fixture.routes([
            "/wiki/api/v2/pages/5?body-format=storage&include-labels=true": page,
            "/wiki/api/v2/pages/5/labels?limit=100": #"{"results":[{"id":"1","name":"a"},{"id":"2","name":"b"}]}"#,
        ]))
        let result = try await harness.client.page(id: "5")
        #expect(result.labels.map(\.name) == ["a", "b"])
        #expect(result.space == SpaceReference())
    }

    @Test func ancestorsAreTopDownFromV2() async throws {
        let harness = Fixture.harness(handler: Fixture.routes([
            "/wiki/api/v2/pages/65603/ancestors?limit=250": #"{"results":[{"id":"65601","type":"page"},{"id":"700","type":"folder"}]}"#,
        ]))
        let ancestors = try await harness.client.ancestors(of: "65603").collect()
        #expect(ancestors == [ContentReference(id: "65601", kind: .page), ContentReference(id: "700", kind: .folder)])
    }

    @Test func untitledReferencesAreTitledByKind() async throws {
        let harness = Fixture.harness(handler: Fixture.routes([
            "/wiki/api/v2/pages?id=65601%2C65602&status=current%2Carchived&limit=250":
                #"{"results":[{"id":"65602","title":"Design"},{"id":"65601","title":"Home"}]}"#,
            "/wiki/api/v2/folders/700": #"{"id":"700","type":"folder","title":"Plans"}"#,
        ]))
        let references = [
            ContentReference(id: "65601", kind: .page), ContentReference(id: "700", kind: .folder),
            ContentReference(id: "701", kind: .folder), ContentReference(id: "65602", kind: .page),
            ContentReference(id: "9", kind: .page, title: "Known"),
        ]
        let titled = await harness.client.titled(references)
        #expect(titled.references.map(\.title) == ["Home", "Plans", nil, "Design", "Known"], "a folder the server does not show keeps no title")
        #expect(titled.failure == nil, "a 404 is no failure: the user may not see the folder")
        #expect(await harness.transport.requests.count == 3)
    }

    @Test func aFailedTitleLookupKeepsTheTitlesOthersFound() async throws {
        let harness = Fixture.harness(handler: { request in
            request.target.hasPrefix("/wiki/api/v2/folders/")
                ? HTTPResponse(status: 400, text: #"{"message":"bad"}"#)
                : HTTPResponse(status: 200, text: #"{"results":[{"id":"1","title":"Home"}]}"#)
        })
        let titled = await harness.client.titled([ContentReference(id: "1", kind: .page), ContentReference(id: "7", kind: .folder)])
        #expect(titled.references.map(\.title) == ["Home", nil])
        #expect(titled.failure?.status == 400)
    }

    @Test func titledReferencesNeedNoRequest() async throws {
        let harness = Fixture.harness(handler: Fixture.routes([:]))
        let references = [ContentReference(id: "65601", kind: .page, title: "Home")]
        #expect(await harness.client.titled(references).references == references)
        #expect(await harness.transport.requests.isEmpty)
    }

    @Test func aFullPageOfAncestorsContinuesFromTheTopmost() async throws {
        let deep = (1...250).map { #"{"id":"\#($0)","type":"page"}"# }.joined(separator: ",")
        let harness = Fixture.harness(handler: Fixture.routes([
            "/wiki/api/v2/pages/999/ancestors?limit=250": #"{"results":[\#(deep)]}"#,
            "/wiki/api/v2/pages/1/ancestors?limit=250": #"{"results":[{"id":"0","type":"folder"}]}"#,
        ]))
        let ancestors = try await harness.client.ancestors(of: "999").collect()
        #expect(ancestors.count == 251)
        #expect(ancestors.prefix(2).map(\.id) == ["0", "1"])
        #expect(ancestors.last?.id == "250")
    }

    @Test func labelsAndAttachmentsUseV2() async throws {
        let attachments = #"{"results":[{"id":"att65601-1","status":"current","title":"architecture.png","mediaType":"image/png","fileSize":48211,"comment":"","downloadLink":"/download/attachments/65601/architecture.png","version":{"number":1}}]}"#
        let harness = Fixture.harness(handler: Fixture.routes([
            "/wiki/api/v2/pages/65601/labels?limit=100": #"{"results":[{"id":"9","name":"onboarding","prefix":"global"}]}"#,
            "/wiki/api/v2/pages/65601/attachments?limit=100": attachments,
        ]))
        #expect(try await harness.client.labels(of: "65601").collect() == [Label(id: "9", name: "onboarding", prefix: "global")])
        #expect(try await harness.client.attachments(of: "65601").collect() == [
            Attachment(id: "att65601-1", title: "architecture.png", mediaType: "image/png", fileSize: 48211, comment: "", downloadPath: "/download/attachments/65601/architecture.png", version: 1),
        ])
    }

    @Test func searchUsesV1OnCloudWithStrictEncoding() async throws {
        let cql = #"space = "ENG" AND created > startOfDay("+1d")"#
        let target = "/wiki/rest/api/search?cql=space%20%3D%20%22ENG%22%20AND%20created%20%3E%20startOfDay%28%22%2B1d%22%29&limit=100&expand=content.space"
        let body = #"""
        {"results":[{"content":{"id":"65602","type":"page","status":"current","title":"Design","space":{"id":98305,"key":"ENG","name":"Engineering"}},
          "title":"@@@hl@@@Design@@@endhl@@@","excerpt":"about design","url":"/spaces/ENG/pages/65602/Design",
          "resultGlobalContainer":{"title":"Engineering","displayUrl":"/spaces/ENG"},
          "breadcrumbs":[{"label":"Engineering","url":"/spaces/ENG","separator":"|"}],
          "entityType":"content","iconCssClass":"page","lastModified":"2024-05-02T16:11:00.000Z","score":1.5}],
         "start":0,"limit":100,"size":1,"totalSize":1,"cqlQuery":"space = \"ENG\"","searchDuration":12,"_links":{"base":"https://acme.atlassian.net/wiki","context":"/wiki"}}
        """#
        let harness = Fixture.harness(handler: Fixture.routes([target: body]))
        let results = try await harness.client.search(cql: cql).collect()
        #expect(results.count == 1)
        #expect(results[0].content == ContentReference(id: "65602", kind: .page, title: "Design"))
        #expect(results[0].space == SpaceReference(id: "98305", key: "ENG", name: "Engineering"))
        #expect(results[0].container == "Engineering")
        #expect(results[0].breadcrumbs == [SearchResult.Breadcrumb(label: "Engineering", url: "/spaces/ENG")])
        let request = try #require(await harness.transport.requests.first)
        #expect(request.queryItems["cql"] == cql)
        #expect(request.headers["Authorization"] == Fixture.cloudAuthorization)
    }

    @Test func countUsesLimitZeroAndTotalSize() async throws {
        let harness = Fixture.harness(handler: Fixture.routes([
            "/wiki/rest/api/search?cql=label%20%3D%20x&limit=0": #"{"results":[],"start":0,"limit":0,"size":0,"totalSize":1234,"cqlQuery":"label = x","searchDuration":3,"_links":{}}"#,
        ]))
        #expect(try await harness.client.count(cql: "label = x") == 1234)
    }

    @Test func currentUserUsesV1() async throws {
        let harness = Fixture.harness(handler: Fixture.routes([
            "/wiki/rest/api/user/current": #"{"type":"known","accountId":"5b10a2844c20165700ede21g","accountType":"atlassian","email":"me@example.com","publicName":"Alice","displayName":"Alice Nakamura"}"#,
        ]))
        let user = try await harness.client.currentUser()
        #expect(user == User(accountId: "5b10a2844c20165700ede21g", displayName: "Alice Nakamura", email: "me@example.com", type: "known"))
    }

    @Test func gatewaySiteAddressesTheGatewayByCloudId() async throws {
        let site = try Site.cloudGateway(cloudId: "1324a-77b2", gateway: URL(string: "http://127.0.0.1:8080")!)
        let harness = Fixture.harness(site: site, credential: .oauthAccessToken("oauth-secret"), handler: Fixture.routes([
            "/ex/confluence/1324a-77b2/wiki/rest/api/user/current": #"{"type":"known","accountId":"a1"}"#,
        ]))
        _ = try await harness.client.currentUser()
        let request = try #require(await harness.transport.requests.first)
        #expect(request.url.absoluteString == "http://127.0.0.1:8080/ex/confluence/1324a-77b2/wiki/rest/api/user/current")
        #expect(request.headers["Authorization"] == "Bearer oauth-secret")
    }
}

struct DataCenterOperationTests {
    static let contentJSON = #"""
    {"id":"65602","type":"page","status":"current","title":"Design",
     "space":{"id":98305,"key":"ENG","name":"Engineering","type":"global","status":"current"},
     "version":{"by":{"type":"known","username":"alice","userKey":"ff80","displayName":"Alice"},"when":"2024-05-02T16:11:00.000+02:00","number":7,"minorEdit":false,"message":"typo"},
     "ancestors":[{"id":"65601","type":"page","status":"current","title":"Engineering Home"}],
     "body":{"storage":{"value":"<p>Hi</p>","representation":"storage"}},
     "metadata":{"labels":{"results":[{"prefix":"global","name":"design","id":"77","label":"design"}],"start":0,"limit":200,"size":1}},
     "_links":{"webui":"/display/ENG/Design","self":"https://dc.example.com/confluence/rest/api/content/65602"}}
    """#

    @Test func spacesUseRestApiWithRepeatedSpaceKey() async throws {
        let target = "/confluence/rest/api/space?spaceKey=ENG&spaceKey=OPS&type=global&status=current&expand=description.plain%2Chomepage&limit=100"
        let body = #"{"results":[{"id":98305,"key":"ENG","name":"Engineering","type":"global","status":"current","homepage":{"id":"65601"},"description":{"plain":{"value":"Team","representation":"plain"}}}],"start":0,"limit":100,"size":1,"_links":{"base":"https://dc.example.com/confluence","context":"/confluence"}}"#
        let harness = Fixture.harness(site: Fixture.dataCenter, handler: Fixture.routes([target: body]))
        let spaces = try await harness.client.spaces(SpaceFilter(keys: ["ENG", "OPS"], type: .global, status: .current)).collect()
        #expect(spaces == [Space(id: "98305", key: "ENG", name: "Engineering", type: .global, status: .current, homepageId: "65601", description: "Team")])
        let request = try #require(await harness.transport.requests.first)
        #expect(request.url.host == "dc.example.com")
        #expect(request.target == target)
        #expect(request.headers["Authorization"] == Fixture.dcAuthorization)
    }

    @Test func spaceByKeyUsesThePath() async throws {
        let harness = Fixture.harness(site: Fixture.dataCenter, handler: Fixture.routes([
            "/confluence/rest/api/space/~alice?expand=description.plain%2Chomepage": #"{"id":5,"key":"~alice","name":"Alice","type":"personal","status":"current"}"#,
        ]))
        let space = try await harness.client.space(key: "~alice")
        #expect(space.type == .personal)
        #expect(space.id == "5")
    }

    @Test func rootPagesChildrenLabelsAttachments() async throws {
        let list = #"{"results":[{"id":"65601","type":"page","status":"current","title":"Engineering Home","position":0}],"start":0,"limit":100,"size":1,"_links":{}}"#
        let attachment = #"{"results":[{"id":"att1","type":"attachment","status":"current","title":"a.png","version":{"number":2},"extensions":{"mediaType":"image/png","fileSize":10,"comment":"c"},"_links":{"download":"/download/attachments/65601/a.png"}}],"start":0,"limit":100,"size":1,"_links":{}}"#
        let harness = Fixture.harness(site: Fixture.dataCenter, handler: Fixture.routes([
            "/confluence/rest/api/space/ENG/content/page?depth=root&limit=100": list,
            "/confluence/rest/api/content/65601/child/page?limit=100": list,
            "/confluence/rest/api/content/65601/label?limit=100": #"{"results":[{"prefix":"global","name":"team","id":"8","label":"team"}],"start":0,"limit":100,"size":1,"_links":{}}"#,
            "/confluence/rest/api/content/65601/child/attachment?limit=100": attachment,
        ]))
        #expect(try await harness.client.rootPages(spaceKey: "ENG").collect() == [ContentItem(id: "65601", kind: .page, title: "Engineering Home", status: .current, position: 0)])
        #expect(try await harness.client.children(of: "65601").collect().map(\.parentId) == ["65601"])
        #expect(try await harness.client.labels(of: "65601").collect() == [Label(id: "8", name: "team", prefix: "global")])
        #expect(try await harness.client.attachments(of: "65601").collect() == [
            Attachment(id: "att1", title: "a.png", mediaType: "image/png", fileSize: 10, comment: "c", downloadPath: "/download/attachments/65601/a.png", version: 2),
        ])
        #expect(await harness.transport.requests.allSatisfy { $0.headers["Authorization"] == Fixture.dcAuthorization && $0.method == .get })
    }

    @Test func pageByIdExpandsBodyVersionSpaceAncestorsLabels() async throws {
        let harness = Fixture.harness(site: Fixture.dataCenter, handler: Fixture.routes([
            "/confluence/rest/api/content/65602?expand=body.storage%2Cversion%2Cspace%2Cancestors%2Cmetadata.labels": Self.contentJSON,
        ]))
        let page = try await harness.client.page(id: "65602")
        #expect(page.storageBody == "<p>Hi</p>")
        #expect(page.version == Version(number: 7, createdAt: Date(timeIntervalSince1970: 1_714_659_060), message: "typo", authorId: "ff80"))
        #expect(page.space == SpaceReference(id: "98305", key: "ENG", name: "Engineering"))
        #expect(page.labels == [Label(id: "77", name: "design", prefix: "global")])
        #expect(page.ancestors == [ContentReference(id: "65601", kind: .page, title: "Engineering Home")])
        #expect(page.parentId == "65601")
    }

    @Test func ancestorsUseExpand() async throws {
        let harness = Fixture.harness(site: Fixture.dataCenter, handler: Fixture.routes([
            "/confluence/rest/api/content/65602?expand=ancestors": Self.contentJSON,
        ]))
        #expect(try await harness.client.ancestors(of: "65602").collect() == [ContentReference(id: "65601", kind: .page, title: "Engineering Home")])
    }

    @Test func searchCountAndCurrentUserUseRestApi() async throws {
        let harness = Fixture.harness(site: Fixture.dataCenter, credential: .password(user: "alice", password: Fixture.password), handler: Fixture.routes([
            "/confluence/rest/api/search?cql=type%3Dpage&limit=100&expand=content.space": #"{"results":[{"entity":{"id":"1","type":"page","title":"A"},"title":"A","entityType":"content"},{"entity":{"type":"known","username":"bob"},"title":"Bob","entityType":"user"}],"start":0,"limit":100,"size":2,"totalSize":2,"_links":{}}"#,
            "/confluence/rest/api/search?cql=type%3Dpage&limit=0": #"{"results":[],"totalSize":2}"#,
            "/confluence/rest/api/user/current": #"{"type":"known","username":"alice","userKey":"ff80","displayName":"Alice"}"#,
        ]))
        let results = try await harness.client.search(cql: "type=page").collect()
        #expect(results.map(\.content?.id) == ["1", nil])
        #expect(results.map(\.title) == ["A", "Bob"])
        #expect(try await harness.client.count(cql: "type=page") == 2)
        #expect(try await harness.client.currentUser() == User(userKey: "ff80", username: "alice", displayName: "Alice", type: "known"))
        let basic = "Basic " + Data("alice:\(Fixture.password)".utf8).base64EncodedString()
        #expect(await harness.transport.requests.allSatisfy { $0.headers["Authorization"] == basic })
    }
}
