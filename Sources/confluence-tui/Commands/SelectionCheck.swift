import ArgumentParser
import ConfluenceKit
import DataSources
import TerminalKit

/// What `sources push` asks the site before it creates a data source, so LlamaCloud never syncs a selection that
/// cannot match: the space exists, the listed pages exist, the CQL parses.
enum SelectionCheck {
    /// Throws a `ValidationError` saying what the site lacks, with the way past it (`--force`); a site that cannot be
    /// asked fails as it does for any command.
    static func check(_ definition: DataSourceDefinition, client: ConfluenceClient) async throws {
        let bypass = "fix the definition with 'confluence-tui sources save \(definition.name) --force …', or pass --force to push it anyway"
        switch definition.selector {
        case .space(let key):
            do {
                _ = try await client.space(key: key)
            } catch {
                guard error.kind == .notFound else { throw error }
                let hint = await SpaceKeyHint.suggestion(for: key, client: client).map { " (\($0))" } ?? ""
                throw ValidationError("\(definition.name) selects space \(key), which \(definition.component.shownServerURL) "
                    + "does not have or does not let its account see\(hint); \(bypass)")
            }
        case .pageIDs(let ids):
            let named: [String]
            do {
                named = try await IngestPreview(client: client, selector: .pageIDs(ids)).absentPageIDs()
            } catch {
                throw error.confluenceError ?? error  // the site's failure, said as any command says it
            }
            if !named.isEmpty {
                throw ValidationError("\(definition.name) lists \(Plural.count(named.count, "page id")) that "
                    + "\(definition.component.shownServerURL) does not have or does not let its account see: "
                    + "\(named.joined(separator: ", ")); \(bypass)")
            }
        case .cql(let query):
            do {
                try CQLQueryCheck.check(query, as: "its cql")
            } catch let error as ValidationError {
                throw ValidationError("\(definition.name): \(error.message); \(bypass)")
            }
            // The local parser knows the grammar; only the site knows its fields and functions.
            do {
                _ = try await client.count(cql: query)
            } catch {
                guard error.status == 400 else { throw error }
                throw ValidationError("\(definition.name)'s cql is refused by \(definition.component.shownServerURL): "
                    + "\(error.serverMessage ?? error.description); \(bypass)")
            }
        case .label, nil:
            return
        }
    }
}
