import DataSources
import Foundation

extension DataSourceDefinition {
    /// The last preview as `sources list` and `show` print it: "12 pages at 2025-01-02T03:04:05Z", or "not previewed".
    var previewSummary: String {
        lastPreview.map { "\($0.count) pages at \($0.at.formatted(.iso8601))" } ?? "not previewed"
    }
}
