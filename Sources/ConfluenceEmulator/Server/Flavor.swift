/// Which product the emulator imitates.
public enum Flavor: String, Sendable, Hashable, CaseIterable, Codable {
    /// Confluence Cloud: `/wiki/api/v2`, `/wiki/rest/api`, `/_edge/tenant_info`.
    case cloud
    /// Confluence Data Center: `[/context]/rest/api`.
    case dataCenter = "datacenter"
}
