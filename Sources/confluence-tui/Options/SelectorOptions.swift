import ArgumentParser
import DataSources
import Foundation

/// `--space`, `--page-ids`, `--label` and `--cql`: what a data source selects; exactly one may be given.
struct SelectorOptions: ParsableArguments {
    @Option(help: "Every current page of this space.")
    var space: String?

    @Option(name: .customLong("page-ids"), help: "These pages, comma-separated ids.")
    var pageIDs: String?

    @Option(help: "The pages carrying this label.")
    var label: String?

    @Option(help: "The content this CQL query returns.")
    var cql: String?

    /// The one selector given, nil when none was; several, or one a saved definition could not hold (CQL the parser
    /// refuses included), is an error naming the flag.
    func selector() throws -> ConfluenceDataSource.Selector? {
        var chosen: [ConfluenceDataSource.Selector] = []
        if let space { chosen.append(.space(key: space)) }
        if let pageIDs { chosen.append(.pageIDs(try Self.pageIDs(pageIDs))) }
        if let label { chosen.append(.label(label)) }
        if let cql { chosen.append(.cql(cql)) }
        guard chosen.count <= 1 else {
            throw ValidationError("choose one selector, not \(chosen.map(Self.flag).joined(separator: " and ")): LlamaIndex's reader takes exactly one")
        }
        guard let selector = chosen.first else { return nil }
        if let problem = selector.problem { throw ValidationError("\(Self.flag(of: selector)): \(problem)") }
        if case .cql(let query) = selector { try CQLQueryCheck.check(query, as: "--cql") }
        return selector
    }

    /// The flag that gives `selector`.
    private static func flag(of selector: ConfluenceDataSource.Selector) -> String {
        switch selector {
        case .space: "--space"
        case .pageIDs: "--page-ids"
        case .label: "--label"
        case .cql: "--cql"
        }
    }

    /// The ids of `--page-ids`, by the rules a saved definition's `page_ids` follows once the spaces typed around each
    /// (`1, 2`) are dropped.
    private static func pageIDs(_ text: String) throws -> [String] {
        let trimmed = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ",")
        if let problem = PageIDList.problem(in: trimmed) { throw ValidationError("--page-ids: \(problem)") }
        return PageIDList.split(trimmed)
    }
}
