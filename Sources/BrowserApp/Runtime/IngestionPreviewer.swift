public import DataSources

/// Runs the quick part of an ingestion preview for a definition and returns how many pages it
/// selects. The executable supplies one built on the DataSources preview engine; without one the
/// browser counts the selector's equivalent CQL on the backend.
public typealias IngestionPreviewer = @Sendable (DataSourceDefinition) async throws(BackendError) -> Int
