extension Result {
    /// The outcome of an async backend call, as the value an action carries back to the reducer.
    static func awaiting(_ body: () async throws(Failure) -> Success) async -> Result {
        do {
            return .success(try await body())
        } catch {
            return .failure(error)
        }
    }
}
