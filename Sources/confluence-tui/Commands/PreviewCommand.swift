import ArgumentParser
import ConfluenceKit
import DataSources
import Foundation
import TerminalKit

/// `confluence-tui preview`: what an ingestion with a selector would pull, quick count first, full pass on demand.
struct PreviewCommand: AsyncParsableCommand, SiteCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Preview exactly what an ingestion would pull: the count and first 50 pages, or with --full every page's text.",
        discussion: "The selection is LlamaIndex's ConfluenceReader's: a space's current pages, the listed ids, type=page AND label=X, or the CQL as written. "
            + "Tokens are estimated by \(IngestReport.tokenEstimateBasis)"
    )

    @OptionGroup var selection: SelectorOptions

    @Option(help: "Preview a saved definition on its site: through its account, else its server URL (the secret from $CONFLUENCE_API_TOKEN), unless --account or --site names the same site otherwise.")
    var source: String?

    @Flag(help: "Fetch every selected page's body and report characters, tokens, the largest pages and failures.")
    var full = false

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    var siteIsFromFlags: Bool { source == nil }

    /// Whether a full pass draws its progress line on stderr (a terminal), which shows rate-limit waits itself.
    private var drawsProgressLine: Bool { full && isatty(STDERR_FILENO) == 1 }

    func run() async throws {
        let preview: IngestPreview
        let announcingWaits = !drawsProgressLine
        if let source {
            guard try selection.selector() == nil else { throw ValidationError("--source brings its own selector; drop --space/--page-ids/--label/--cql") }
            let store = SourcesCommand.store()
            let definition = try store.show(source)
            // A definition export and push would refuse (a hand edit) is refused here too, before any request.
            try definition.validate()
            try CQLQueryCheck.check(definition)
            preview = try IngestPreview(client: try await connection.reaching(definition).makeClient(announcingWaits: announcingWaits), definition: definition)
        } else {
            guard let selector = try selection.selector() else {
                throw ValidationError("choose what to preview: --space, --page-ids, --label, --cql or --source")
            }
            preview = IngestPreview(client: try await connection.makeClient(announcingWaits: announcingWaits), selector: selector)
        }
        if full {
            let report = try await runFullPass(preview)
            if report.complete { await record(report.pageCount) }
            if !report.complete || !report.failedPages.isEmpty { throw ExitCode(1) }
        } else {
            let look: IngestQuickLook
            do {
                look = try await preview.quickLook()
            } catch {
                guard case .space(let key) = preview.selector, let failure = error.confluenceError else { throw error }
                throw await SpaceKeyHint.hinting(failure, for: key, client: preview.client)
            }
            await record(look.total)
            let missing = look.missing
            // Said with --json too, on stderr, as the folder warning is.
            defer {
                if !missing.isEmpty {
                    Terminal.warn("\(Plural.count(missing.count, "listed page id")) \(missing.count == 1 ? "was" : "were") not found: "
                        + missing.joined(separator: ", "))
                }
                NotAPage.warning(look.notPages, selector: preview.selector).map(Terminal.warn)
            }
            if output.json {
                try Terminal.json(look)
                return
            }
            Terminal.line("\(Plural.count(look.total, "page")) selected by \(preview.selector)")
            let rows = look.first.map { entry in
                let path = (entry.breadcrumb.isEmpty ? [entry.spaceKey].compactMap { $0 } : entry.breadcrumb).joined(separator: " › ")
                return [entry.id, entry.tags + entry.title, path.isEmpty ? "" : "(\(path))"]
            }
            Columns.lines(rows).forEach { Terminal.line("  " + $0) }
            if look.total > look.first.count {
                Terminal.line("  … and \(Plural.grouped(look.total - look.first.count)) more; --full reads every page")
            }
        }
    }

    /// Records the count in the previewed definition, as the browser's `p` does; a failure to write is only said.
    private func record(_ count: Int) async {
        guard let source else { return }
        do {
            try await SourcesCommand.store().recordPreview(source, count: count, at: Date())
        } catch {
            Terminal.warn("the preview count was not recorded in \(source): \(error)")
        }
    }

    /// Runs the full pass, printing its progress and report.
    private func runFullPass(_ preview: IngestPreview) async throws -> IngestReport {
        let run = preview.startFullPass()
        let drawsProgress = drawsProgressLine
        let progressTask = Task {
            var lastDrawn = ContinuousClock.now - .seconds(1)
            var lastWaiting = false
            for await progress in run.progress where drawsProgress {
                let waiting = progress.rateLimitWait != nil
                guard waiting != lastWaiting || lastDrawn.duration(to: .now) > .milliseconds(100) else { continue }
                Terminal.writeError("\r\u{1B}[2K\(progress)")
                lastDrawn = .now
                lastWaiting = waiting
            }
            if drawsProgress { Terminal.writeError("\r\u{1B}[2K") }
        }
        let report: IngestReport
        do {
            report = try await run.report()
        } catch {
            progressTask.cancel()
            throw error
        }
        await progressTask.value
        if output.json {
            try Terminal.json(report)
            // The report says it on stdout; a script reading only the status and stderr learns why it is 1.
            if let error = report.listingError { Terminal.printError("the listing stopped early: \(error)") }
        } else {
            printReport(report)
        }
        NotAPage.warning(report.notPages, selector: preview.selector).map(Terminal.warn)
        if let unnamed = report.unnamedUsers {
            Terminal.warn("\(Plural.count(unnamed.count, "mentioned user")) could not be named, so their mentions count as account ids: "
                + unnamed.reason)
        }
        if !report.failedPages.isEmpty {
            let failed = report.failedPages.count
            Terminal.warn("\(Plural.count(failed, "page")) could not be read; an ingestion would miss \(failed == 1 ? "it" : "them")")
        }
        return report
    }

    /// Prints the report as aligned columns with grouped numbers; how tokens are estimated is in `--help`.
    private func printReport(_ report: IngestReport) {
        let noPages = report.notPages.isEmpty ? "" : " (\(report.notPages.count) of them no page)"
        Terminal.line("\(Plural.count(report.pageCount, "page"))\(noPages), \(Plural.count(report.totalCharacters, "character")), "
            + "about \(Plural.count(report.estimatedTokens, "token")) (estimated as --help says)")
        Terminal.line("\(Plural.count(report.requests, "request")), \(Plural.count(report.retries, "retry", plural: "retries")), "
            + "\(Plural.count(report.rateLimitWaits, "rate-limit wait")), \(String(format: "%.1f", report.elapsedSeconds)) s")
        if !report.largestPages.isEmpty {
            Terminal.line("Largest pages:")
            let kinds = Dictionary(report.notPages.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
            let rows = report.largestPages.map { page in
                [Plural.grouped(page.characters), page.id, kinds[page.id].map { "[\($0)] " + page.title } ?? page.title]
            }
            Columns.lines([["characters", "id", "title"]] + rows, rightAligned: [0]).forEach { Terminal.line("  " + $0) }
        }
        if !report.failedPages.isEmpty {
            Terminal.line("Failed:")
            let rows = report.failedPages.map { [$0.id, $0.title ?? "", $0.reason] }
            Columns.lines([["id", "title", "reason"]] + rows).forEach { Terminal.line("  " + $0) }
        }
        for skipped in report.skipped {
            Terminal.line("Skipped \(Plural.count(skipped.count, "page")): \(skipped.note)")
        }
        if let unnamed = report.unnamedUsers {
            Terminal.line("Unnamed: \(Plural.count(unnamed.count, "mentioned user")), whose mentions count as account ids")
        }
        if let error = report.listingError {
            Terminal.line("The listing stopped early: \(error)")
        }
    }
}
