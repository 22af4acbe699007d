import ArgumentParser
import ConfluenceKit

/// The `--kind` values.
enum SiteKindArgument: String, ExpressibleByArgument, CaseIterable {
    case cloud
    case datacenter

    var siteKind: Site.Kind {
        switch self {
        case .cloud: .cloud
        case .datacenter: .dataCenter
        }
    }
}
