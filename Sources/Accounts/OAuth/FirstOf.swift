/// Runs two operations at once and returns the first success, cancelling the other without waiting for it;
/// when both fail, throws the first failure.
enum FirstOf {
    static func value<T: Sendable>(_ first: @escaping @Sendable () async throws -> T, _ second: @escaping @Sendable () async throws -> T) async throws -> T {
        let stream = AsyncStream<Result<T, any Error>>.makeStream(bufferingPolicy: .bufferingNewest(2))
        let tasks = [first, second].map { operation in
            Task {
                do {
                    stream.continuation.yield(.success(try await operation()))
                } catch {
                    stream.continuation.yield(.failure(error))
                }
            }
        }
        defer { tasks.forEach { $0.cancel() } }
        var firstFailure: (any Error)?
        for await result in stream.stream {
            switch result {
            case .success(let value):
                return value
            case .failure(let error):
                if let firstFailure { throw firstFailure }
                firstFailure = error
            }
        }
        throw firstFailure ?? CancellationError()
    }
}
