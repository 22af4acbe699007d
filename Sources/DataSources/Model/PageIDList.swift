import Foundation

/// The `page_ids` field's format: one string of page ids separated by commas, e.g. `"123,456"`.
public enum PageIDList {
    /// The ids in the string, trimmed of surrounding whitespace, empty items dropped.
    public static func split(_ pageIDs: String) -> [String] {
        pageIDs.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }

    /// The canonical wire string for a list of ids: joined by commas, no spaces.
    public static func join(_ ids: [String]) -> String {
        ids.joined(separator: ",")
    }

    /// Whether `id` is one page id: ASCII digits, at least one.
    public static func isPageID(_ id: String) -> Bool {
        !id.isEmpty && id.allSatisfy(\.isASCIIDigit)
    }

    /// A sentence saying what is wrong with the string, or `nil` when it is a well-formed list of digits.
    public static func problem(in pageIDs: String) -> String? {
        let items = pageIDs.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if pageIDs.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return "page_ids is empty; give page ids separated by commas, such as 123,456"
        }
        if items.contains(where: \.isEmpty) {
            return "page_ids has an empty item; separate page ids by single commas, such as 123,456"
        }
        if let bad = items.first(where: { !isPageID($0) }) {
            return "page_ids must be page ids (digits) separated by commas, such as 123,456; \"\(bad)\" is not"
        }
        var seen = Set<String>()
        if let repeated = items.first(where: { !seen.insert($0).inserted }) {
            return "page_ids lists \(repeated) more than once"
        }
        return nil
    }
}

extension Character {
    /// Whether this is one of `0`...`9` (not any Unicode digit).
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
