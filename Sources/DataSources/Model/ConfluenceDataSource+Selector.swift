import ConfluenceKit
import Foundation

extension ConfluenceDataSource {
    /// What a definition selects, derived from its four selector fields (exactly one should be set).
    public enum Selector: Hashable, Sendable, CustomStringConvertible {
        /// Every current page of the space (`space_key`).
        case space(key: String)
        /// These pages (`page_ids`, split at commas).
        case pageIDs([String])
        /// The pages carrying this label (`label`).
        case label(String)
        /// The pages this CQL query returns (`cql`).
        case cql(String)

        /// The wire name of the field that holds this selector.
        public var fieldName: String {
            switch self {
            case .space: "space_key"
            case .pageIDs: "page_ids"
            case .label: "label"
            case .cql: "cql"
            }
        }

        /// The selection as CQL: what the loader searches for `label` (`type="page" AND label="X"`) and `cql`; for a
        /// space or listed ids, which the loader lists and fetches, search's nearest query, which leaves archived spaces
        /// and pages out.
        public var equivalentCQL: String {
            switch self {
            case .space(let key): "type=\"page\" AND space=\(Self.cqlQuoted(key))"
            case .pageIDs(let ids): "id in (\(ids.joined(separator: ",")))"
            case .label(let label): "type=\"page\" AND label=\(Self.cqlQuoted(label))"
            case .cql(let query): query
            }
        }

        /// What the reader runs, as a phrase: a space's listing and listed ids are not searched, so no CQL stands for them.
        public var readerSelection: String {
            switch self {
            case .space(let key): "the current pages listed in space \(key.showingHiddenFormatting), whether the space is archived or not (not searched)"
            case .pageIDs(let ids): "page\(ids.count == 1 ? "" : "s") \(ids.joined(separator: ",")), each fetched by id"
            // A hand-edited query's invisible scalars are shown, as an export writes them, not dropped by the screen.
            case .label, .cql: "by search: " + equivalentCQL.showingHiddenFormatting
            }
        }

        /// A short human form, e.g. `space ENG` or `3 pages`; a hand edit's invisible scalars are shown (`<U+202E>`), so
        /// a key that selects nothing does not read as one that works.
        public var description: String {
            switch self {
            case .space(let key): "space \(key.showingHiddenFormatting)"
            // Grouped by thousands as every count the tools show (`48,805 page ids`), whatever the locale.
            case .pageIDs(let ids):
                ids.count == 1 ? "page \(ids[0])" : "\(ids.count.formatted(.number.locale(Locale(identifier: "en_US")))) page ids"
            case .label(let label): "label \(label.showingHiddenFormatting)"
            case .cql(let query): "CQL \(query.showingHiddenFormatting)"
            }
        }

        /// A CQL string literal: double quotes, with `"` and `\` escaped by a backslash.
        static func cqlQuoted(_ value: String) -> String {
            var quoted = "\""
            for character in value {
                if character == "\"" || character == "\\" { quoted.append("\\") }
                quoted.append(character)
            }
            return quoted + "\""
        }
    }

    /// Every selector field that is set (space_key, page_ids, label, cql order); a valid definition has exactly one.
    public var selectors: [Selector] {
        var found: [Selector] = []
        if let spaceKey { found.append(.space(key: spaceKey)) }
        if let pageIDs { found.append(.pageIDs(PageIDList.split(pageIDs))) }
        if let label { found.append(.label(label)) }
        if let cql { found.append(.cql(cql)) }
        return found
    }

    /// The one selector, or `nil` when none or several are set (validation says which).
    public var selector: Selector? {
        let all = selectors
        return all.count == 1 ? all[0] : nil
    }

    /// Sets `selector` and clears the other three selector fields, so exactly one remains.
    public mutating func select(_ selector: Selector) {
        spaceKey = nil
        pageIDs = nil
        cql = nil
        label = nil
        switch selector {
        case .space(let key): spaceKey = key
        case .pageIDs(let ids): pageIDs = PageIDList.join(ids)
        case .label(let value): label = value
        case .cql(let query): cql = query
        }
    }
}
