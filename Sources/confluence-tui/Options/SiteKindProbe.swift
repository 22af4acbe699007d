import Accounts
import ConfluenceKit
import Foundation
import Synchronization

/// Whether a site named by address, not at `*.atlassian.net` and without `--kind`, is a Cloud site: one that gives a
/// cloudId at `/_edge/tenant_info` (a Cloud site on its own domain, a proxy, the emulator). Each address is asked once
/// per process (`CloudIdDiscovery.ask` asks again while it gets no answer to go by), and what was found is kept for the
/// reading of its errors.
enum SiteKindProbe {
    /// What the probe of a site found.
    enum Finding: Equatable {
        /// A cloudId: Cloud.
        case cloud
        /// An answer without one: taken for Data Center.
        case dataCenter
        /// No answer to go by after every attempt (why, in words): taken for Data Center, unchecked.
        case unchecked(String)
        /// No answer can come (the host name does not resolve): taken for Data Center, and the request that follows
        /// fails as the probe did, saying why.
        case unreachable
    }

    /// What each probed site root answered.
    private static let found = Mutex<[String: Finding]>([:])

    /// Whether the site at `root` answers as Cloud does, asked at most once per process (each attempt within five seconds).
    static func isCloud(_ root: URL, transport: any HTTPTransport) async -> Bool {
        if let known = result(for: root) { return known == .cloud }
        let finding: Finding = switch await CloudIdDiscovery(transport: transport).ask(root, timeout: .seconds(5)) {
        case .cloudId: .cloud
        case .none: .dataCenter
        case .unanswered(let why): .unchecked(why)
        case .unreachable: .unreachable
        }
        found.withLock { $0[key(root)] = finding }
        return finding == .cloud
    }

    /// What the probe of `root` found; nil when it was not probed.
    static func result(for root: URL) -> Finding? {
        found.withLock { $0[key(root)] }
    }

    private static func key(_ url: URL) -> String {
        "\(url.scheme ?? "")://\(url.host ?? ""):\(url.port.map(String.init) ?? "")"
    }
}
