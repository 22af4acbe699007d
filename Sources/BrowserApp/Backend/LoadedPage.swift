import DataSources
public import StorageFormat

/// A fetched page with its body already parsed and its mentions named, so that work happens in the loading task
/// rather than on the main actor.
public struct LoadedPage: Sendable {
    /// The page and its header metadata.
    public var detail: PageDetail
    /// The parsed storage body.
    public var document: StorageDocument
    /// Display names of the users the body mentions, where the site knows them.
    public var userNames: [UserRef: String]

    /// Parses `detail`'s body; `userNames` starts empty.
    public init(_ detail: PageDetail, userNames: [UserRef: String] = [:]) {
        self.detail = detail
        document = StorageDocument.parse(detail.storageBody)
        self.userNames = userNames
    }

    /// Fetches page `id` from `backend`, parses it and names the users it mentions.
    static func load(_ id: String, from backend: any BrowserBackend) async throws(BackendError) -> LoadedPage {
        var page = LoadedPage(try await backend.page(id: id))
        let mentioned = MentionCollector.users(in: page.document)
        if !mentioned.isEmpty { page.userNames = await backend.userNames(for: mentioned) }
        return page
    }
}
