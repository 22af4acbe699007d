import Synchronization

/// Where effect tasks drop their result actions for the app loop to pick up, with a count of the
/// effect tasks still running (the headless driver waits for it to reach zero) and an optional
/// wake-up call for a loop waiting on events.
final class ActionMailbox: Sendable {
    private struct Contents {
        var actions: [AppAction] = []
        var running = 0
        var finished: [UInt64] = []
        var wake: (@Sendable () -> Void)?
    }

    private let contents = Mutex(Contents())

    /// Calls `wake` after every result posted from now on.
    func onPost(_ wake: (@Sendable () -> Void)?) {
        contents.withLock { $0.wake = wake }
    }

    /// Adds a result.
    func post(_ action: AppAction) {
        let wake = contents.withLock { contents in
            contents.actions.append(action)
            return contents.wake
        }
        wake?()
    }

    /// Takes every waiting result, oldest first.
    func drain() -> [AppAction] {
        contents.withLock { contents in
            defer { contents.actions.removeAll(keepingCapacity: true) }
            return contents.actions
        }
    }

    /// Notes that an effect task started.
    func taskStarted() { contents.withLock { $0.running += 1 } }

    /// Notes that effect task `id` ended, posting its result (if any) in the same step.
    func taskFinished(_ id: UInt64, posting action: AppAction?) {
        let wake = contents.withLock { contents in
            if let action { contents.actions.append(action) }
            contents.running -= 1
            contents.finished.append(id)
            return action == nil ? nil : contents.wake
        }
        wake?()
    }

    /// Takes the ids of the tasks that ended since the last call.
    func drainFinished() -> [UInt64] {
        contents.withLock { contents in
            defer { contents.finished.removeAll(keepingCapacity: true) }
            return contents.finished
        }
    }

    /// True when no effect task runs and no result waits.
    var isIdle: Bool { contents.withLock { $0.running == 0 && $0.actions.isEmpty } }
}
