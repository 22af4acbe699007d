import ArgumentParser
import BrowserApp
import ConfluenceKit
import DataSources
import StorageFormat
import TerminalKit

/// `confluence-tui page ID`: fetches one page and shows its body raw, as JSON, or rendered.
struct PageCommand: AsyncParsableCommand, SiteCommand {
    static let configuration = CommandConfiguration(commandName: "page", abstract: "Show one page: its storage body, its JSON, or its rendered text.")

    /// The page's output forms.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case storage, json, text, plain, markdown

        /// The rendered form, for the formats that render the body.
        var body: BodyFormat? { BodyFormat(rawValue: rawValue) }
    }

    @Argument(help: "The page id (digits).")
    var id: String

    @Option(help: ArgumentHelp("storage (the raw body, exact into a pipe or a file; the default), json (the page with metadata, as --json "
        + "prints it), text, plain (on a terminal, stderr gets its characters and estimated tokens) or markdown."))
    var format: Format?

    @OptionGroup var layout: LayoutOptions
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard PageIDList.isPageID(id) else { throw ValidationError("\"\(id)\" is not a page id: page ids are digits, such as 65601") }
        if output.json, let format, format != .json {
            throw ValidationError("--json and --format \(format.rawValue) ask for two different outputs: pass one of them")
        }
        try layout.refuseUnlessLaidOut(shown.rawValue)
    }

    /// The form printed: `--format`, else JSON for `--json`, else the storage body.
    private var shown: Format { format ?? (output.json ? .json : .storage) }

    func run() async throws {
        let client = try await connection.makeClient(announcingWaits: true)
        var page = try await fetchPage(client)
        if shown == .json {
            // Cloud's page answer holds no ancestors, which Data Center's does: asked for, titles and all, so both
            // print the same fields. Titles that cannot be looked up are a warning, as a bare children macro is.
            if page.ancestors == nil {
                let (ancestors, failure) = await client.titled(try await client.ancestors(of: id).collect())
                if let failure {
                    Terminal.warn("could not look up the titles of all of page \(id)'s ancestors, so some are listed without: \(failure)")
                }
                page.ancestors = ancestors
            }
            try Terminal.json(page)
        } else if let body = shown.body {
            let document = StorageDocument.parse(page.storageBody ?? "")
            let backend = ConfluenceBackend(client: client)
            async let userNames = backend.userNames(for: MentionCollector.users(in: document))
            var childPages: [ChildPage] = []
            if let listing = document.childrenListing { childPages = await self.childPages(listedBy: listing, client: client) }
            let names = await userNames
            if let failure = await backend.userLookupFailure() {
                Terminal.warn("could not look up the users page \(id) mentions, so some show as account ids: \(failure)")
            }
            layout.print(document, as: body, userNames: names, childPages: childPages)
        } else {
            // A pipe or a file gets the body as stored; a terminal, without the control and escape sequences it would obey.
            let body = page.storageBody ?? ""
            if Terminal.isTerminal { Terminal.block(body) } else { Terminal.write(body) }
        }
    }

    /// The page; a 404 for an id that is a folder's (Cloud folders share the pages' ids) says so.
    private func fetchPage(_ client: ConfluenceClient) async throws -> Page {
        let result: Result<Page, ConfluenceError>
        do {
            result = .success(try await client.page(id: id))
        } catch {
            result = .failure(error)
        }
        guard case .failure(let error) = result, error.kind == .notFound, client.site.kind == .cloud,
              let title = await client.titled([ContentReference(id: id, kind: .folder)]).references.first?.title
        else { return try result.get() }
        // The 404 only says the pages API has no such page; what the id is comes first.
        throw ValidationError("\(id) is the folder \"\(Sanitizer.clean(title))\", not a page: `tree` lists the pages in it "
            + "(the pages API answers \(error.status.map(String.init) ?? "404") for it)")
    }

    /// The pages below the page as its `children` macro lists them (see `ChildPageLoader`); a failure is a warning and
    /// leaves the macros bare rather than failing the command.
    private func childPages(listedBy listing: ChildrenListing, client: ConfluenceClient) async -> [ChildPage] {
        do {
            return try await ChildPageLoader(client: client, listing: listing).pages(below: id)
        } catch {
            Terminal.warn("could not list the children of page \(id), so its children macro names none: \(error)")
            return []
        }
    }
}
