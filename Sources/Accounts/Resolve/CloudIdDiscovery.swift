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

    /// What asking a site for its cloudId found.
    public enum Answer: Sendable, Equatable {
        /// The site gave this cloudId: a Cloud site.
        case cloudId(String)
        /// The site answered, and gave no cloudId (a 404, an answer without one): not a Cloud site, or one that hides it.
        case none(String)
        /// No answer to go by: the connection failed, or the site was busy (429, 408) or failing (5xx); asking again may do.
        case unanswered(String)
        /// No answer can come: the host name does not resolve, or the request cannot be sent; asking again will not help.
        case unreachable(String)
    }

    /// The cloudId of the site at `siteURL` (any path on it is ignored), asked with `timeout` for the answer.
    public func cloudId(of siteURL: URL, timeout: Duration = .seconds(30)) async throws(AccountsError) -> String {
        switch await ask(siteURL, timeout: timeout) {
        case .cloudId(let id): return id
        case .none(let detail), .unanswered(let detail), .unreachable(let detail):
            throw AccountsError(.cloudIdDiscovery(site: siteURL.onSameServer(path: "")?.absoluteString ?? siteURL.absoluteString,
                                                  detail: detail))
        }
    }

    /// The pauses before the second and third asking, while the site gives no answer to go by.
    public static let pauses: [Duration] = [.milliseconds(500), .seconds(1)]

    /// Asks the site at `siteURL` (any path on it is ignored) for its cloudId, with `timeout` for each answer: again after
    /// each of `pauses` while it gives none to go by (`unanswered`), so one dropped connection or busy moment decides nothing.
    public func ask(_ siteURL: URL, timeout: Duration = .seconds(30)) async -> Answer {
        var answer = await askOnce(siteURL, timeout: timeout)
        for pause in Self.pauses {
            guard case .unanswered = answer else { break }
            try? await Task.sleep(for: pause)
            answer = await askOnce(siteURL, timeout: timeout)
        }
        return answer
    }

    /// One asking of `ask`.
    private func askOnce(_ siteURL: URL, timeout: Duration) async -> Answer {
        guard let url = siteURL.onSameServer(path: "/_edge/tenant_info") else { return .none("the site URL has no host") }
        let response: HTTPResponse
        do {
            response = try await transport.send(HTTPRequest(method: .get, url: url, headers: ["Accept": "application/json"], timeout: timeout))
        } catch {
            // A name that does not resolve stays so: the request that follows the probe says it, asked once.
            if let failure = error as? TransportError, !failure.isRetryable { return .unreachable("\(failure)") }
            return .unanswered("\(error)")
        }
        guard response.isSuccess else {
            let busy = response.status == 429 || response.status == 408 || response.status >= 500
            return busy ? .unanswered("the site answered status \(response.status)")
                : .none("the site answered status \(response.status); is it a Cloud site?")
        }
        struct TenantInfo: Decodable { var cloudId: String }
        guard let info = try? JSONDecoder().decode(TenantInfo.self, from: response.body), !info.cloudId.isEmpty else {
            return .none("the answer has no cloudId")
        }
        return .cloudId(info.cloudId)
    }
}
