import Foundation

/// The data sources created on the emulator's LlamaCloud endpoint; names are unique within a project.
actor LlamaCloudStore {
    private var sources: [StoredDataSource] = []

    /// Stores `draft` in `projectID`; nil when the project already has a data source of that name.
    func create(_ draft: DataSourceDraft, projectID: String, at now: Timestamp) -> StoredDataSource? {
        guard !sources.contains(where: { $0.projectID == projectID && $0.draft.name == draft.name }) else { return nil }
        let stored = StoredDataSource(id: UUID().uuidString.lowercased(), projectID: projectID, draft: draft, createdAt: now)
        sources.append(stored)
        return stored
    }

    /// The data sources of `projectID`, oldest first.
    func list(projectID: String) -> [StoredDataSource] {
        sources.filter { $0.projectID == projectID }
    }

    /// The data source `id` when it lives in one of `projectIDs`.
    func find(id: String, in projectIDs: [String]) -> StoredDataSource? {
        sources.first { $0.id == id && projectIDs.contains($0.projectID) }
    }
}
