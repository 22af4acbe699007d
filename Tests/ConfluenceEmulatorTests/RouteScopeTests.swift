import Foundation
import Testing
import TestSupport
@testable import ConfluenceEmulator

/// Every Cloud route asks a 3LO token for the scopes Atlassian's OpenAPI files give its operation.
struct RouteScopeTests {
    /// The `get` operations of an OpenAPI file, by path template.
    private static func operations(_ file: String) throws -> [String: [String: Any]] {
        let url = try RepositoryPaths.shared().appendingPathComponent("confluence-api").appendingPathComponent(file)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        return paths.compactMapValues { $0["get"] as? [String: Any] }
    }

    /// The scopes an operation's `security` requirement names for OAuth.
    private static func securityScopes(_ operation: [String: Any]) -> [String] {
        let requirements = operation["security"] as? [[String: [String]]] ?? []
        return requirements.compactMap { $0["oAuthDefinitions"] }.first ?? []
    }

    @Test func v2RoutesNeedTheirSpecsGranularScopeAndV1RoutesAcceptTheirClassicOne() throws {
        let v2 = try Self.operations("cloud-v2.openapi.json")
        let v1 = try Self.operations("cloud-v1-2022.openapi.json")
        var checked = 0
        for route in RouteTable.cloud.routes {
            if route.pattern.hasPrefix("/wiki/api/v2/") {
                let operation = try #require(v2[String(route.pattern.dropFirst("/wiki/api/v2".count))], "\(route.pattern) is not in the v2 spec")
                #expect(route.scopes.alternatives == [Self.securityScopes(operation)], "\(route.pattern)")
            } else if route.pattern.hasPrefix("/wiki/rest/api/") {
                let operation = try #require(v1[route.pattern], "\(route.pattern) is not in the v1 spec")
                #expect(route.scopes.alternatives.first == Self.securityScopes(operation), "\(route.pattern)")
                #expect(route.scopes.alternatives.count == 2, "\(route.pattern) has no granular alternative")
            } else {
                #expect(route.scopes == .none, "\(route.pattern)")
                continue
            }
            checked += 1
        }
        #expect(checked == RouteTable.cloud.routes.count - 1)
    }

    @Test func aScopeSetPassesWhenItHoldsEveryScopeOfOneAlternative() {
        let requirement = ScopeRequirement.classic("read:confluence-content.summary", granular: "read:content-details:confluence")
        #expect(requirement.isSatisfied(by: ["read:content-details:confluence", "offline_access"]))
        #expect(requirement.isSatisfied(by: ["read:confluence-content.summary"]))
        #expect(!requirement.isSatisfied(by: ["read:page:confluence", "search:confluence"]))
        #expect(!requirement.isSatisfied(by: []))
        #expect(ScopeRequirement.none.isSatisfied(by: []))
        #expect(ScopeRequirement(alternatives: [["a", "b"]]).isSatisfied(by: ["a", "b"]))
        #expect(!ScopeRequirement(alternatives: [["a", "b"]]).isSatisfied(by: ["a"]))
    }
}
