import DataSources
import Foundation
import TerminalKit

extension DataSourceDefinition {
    /// The last preview as `sources list` and `show` print it: "1,234 pages at 2025-01-02T03:04:05Z", or "not previewed".
    var previewSummary: String {
        lastPreview.map { "\(Plural.count($0.count, "page")) at \($0.at.formatted(.iso8601))" } ?? "not previewed"
    }
}
