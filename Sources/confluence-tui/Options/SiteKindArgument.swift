import ArgumentParser
import ConfluenceKit

/// The `--kind` values; `data_center`, as `accounts list --json` writes the kind, is read as `datacenter`.
enum SiteKindArgument: String, ExpressibleByArgument, CaseIterable {
    case cloud
    case datacenter

    init?(argument: String) {
        self.init(rawValue: argument == "data_center" ? "datacenter" : argument)
    }

    var siteKind: Site.Kind {
        switch self {
        case .cloud: .cloud
        case .datacenter: .dataCenter
        }
    }
}
