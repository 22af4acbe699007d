import Foundation

/// Numbers and counted nouns as the CLI's sentences write them: `1 page`, `17,177 pages`.
enum Plural {
    /// `count` with its digits grouped by thousands, then `singular`, or `plural` (default: `singular` + `s`) unless it is 1.
    static func count(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(grouped(count)) \(count == 1 ? singular : plural ?? singular + "s")"
    }

    /// `12,345`: digits grouped by thousands, whatever the locale, as the browser shows them.
    static func grouped(_ value: Int) -> String {
        value.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US")))
    }
}
