import ArgumentParser
import ConfluenceEmulator

/// `--flavor` values.
enum FlavorArgument: String, ExpressibleByArgument, CaseIterable {
    case cloud
    case datacenter

    var flavor: Flavor { self == .cloud ? .cloud : .dataCenter }
}
