public import Foundation
public import LocalStore

extension ConfigDirectory {
    /// `sources/`, one definition file per data source.
    public var sourcesDirectory: URL { url.appendingPathComponent("sources", isDirectory: true) }
}
