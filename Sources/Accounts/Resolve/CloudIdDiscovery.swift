public import ConfluenceKit
public import Foundation

/// Finds a Cloud site's cloudId from `<site>/_edge/tenant_info`, which needs no authentication.
public struct CloudIdDiscovery: Sendable {
    /// How the request is sent.
    public let transport: any HTTPTransport

    /// Creates a discovery over `transport`.
    public init(transport: any HTTPTransport) {
        self.transport = transport
    }

    /// The cloudId of the site at `siteURL` (any path on it is ignored), asked with `timeout` for the answer.
    public func cloudId(of siteURL: URL, timeout: Duration = .seconds(30)) async throws(AccountsError) -> String {
        var components = URLComponents()
        components.scheme = siteURL.scheme
        components.host = siteURL.host
        components.port = siteURL.port
        components.path = "/_edge/tenant_info"
        guard let url = components.url else {
            throw AccountsError(.cloudIdDiscovery(site: siteURL.absoluteString, detail: "the site URL has no host"))
        }
        let site = url.host ?? siteURL.absoluteString
        let response: HTTPResponse
        do {
            response = try await transport.send(HTTPRequest(method: .get, url: url, headers: ["Accept": "application/json"], timeout: timeout))
        } catch {
            throw AccountsError(.cloudIdDiscovery(site: site, detail: "\(error)"))
        }
        guard response.isSuccess else {
            throw AccountsError(.cloudIdDiscovery(site: site, detail: "the site answered status \(response.status); is it a Cloud site?"))
        }
        struct TenantInfo: Decodable { var cloudId: String }
        guard let info = try? JSONDecoder().decode(TenantInfo.self, from: response.body), !info.cloudId.isEmpty else {
            throw AccountsError(.cloudIdDiscovery(site: site, detail: "the answer has no cloudId"))
        }
        return info.cloudId
    }
}
