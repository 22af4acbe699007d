import Accounts
import ConfluenceKit
import Foundation
import Synchronization

/// Whether a site named by address, not at `*.atlassian.net` and without `--kind`, is a Cloud site: one that gives a
/// cloudId at `/_edge/tenant_info` (a Cloud site on its own domain, a proxy, the emulator). Each address is asked once
/// per process, and what was found is kept for the reading of its errors.
enum SiteKindProbe {
    /// What each probed site root answered: true for Cloud.
    private static let found = Mutex<[String: Bool]>([:])

    /// Whether the site at `root` answers as Cloud does, asked at most once per process (within five seconds).
    static func isCloud(_ root: URL, transport: any HTTPTransport) async -> Bool {
        if let known = result(for: root) { return known }
        let cloud = (try? await CloudIdDiscovery(transport: transport).cloudId(of: root, timeout: .seconds(5))) != nil
        found.withLock { $0[key(root)] = cloud }
        return cloud
    }

    /// What the probe of `root` found; nil when it was not probed.
    static func result(for root: URL) -> Bool? {
        found.withLock { $0[key(root)] }
    }

    private static func key(_ url: URL) -> String {
        "\(url.scheme ?? "")://\(url.host ?? ""):\(url.port.map(String.init) ?? "")"
    }
}
