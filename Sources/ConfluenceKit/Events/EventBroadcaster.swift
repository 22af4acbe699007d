import Synchronization

/// Fans events out to every current subscriber; a slow subscriber keeps only the newest events.
final class EventBroadcaster<Event: Sendable>: Sendable {
    private struct State {
        var nextID = 0
        var continuations: [Int: AsyncStream<Event>.Continuation] = [:]
    }

    private let state = Mutex(State())
    private let bufferSize: Int

    init(bufferSize: Int = 1024) {
        self.bufferSize = bufferSize
    }

    /// A new stream receiving every event emitted from now on, until it is dropped.
    func subscribe() -> AsyncStream<Event> {
        let (stream, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(bufferSize))
        let id = state.withLock { state in
            defer { state.nextID += 1 }
            state.continuations[state.nextID] = continuation
            return state.nextID
        }
        continuation.onTermination = { [weak self] _ in
            self?.state.withLock { _ = $0.continuations.removeValue(forKey: id) }
        }
        return stream
    }

    /// Delivers an event to every subscriber.
    func emit(_ event: Event) {
        let continuations = state.withLock { Array($0.continuations.values) }
        for continuation in continuations {
            continuation.yield(event)
        }
    }

    deinit {
        let continuations = state.withLock { Array($0.continuations.values) }
        for continuation in continuations {
            continuation.finish()
        }
    }
}
