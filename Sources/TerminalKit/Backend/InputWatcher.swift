import Glibc
import Synchronization

/// Waits for input on a file descriptor on its own thread, so the main actor never blocks.
///
/// When input may be waiting (or every `interval` ms, so a pending `KEY_RESIZE` is noticed) it
/// calls `ready` once and pauses until `resume(sawInput:)`; all ncurses calls stay with the caller.
final class InputWatcher: Sendable {
    private enum Phase: Int {
        case polling = 0, draining = 1, stopped = 2
    }

    private let descriptor: Int32
    private let interval: Int32
    private let phase = Atomic<Int>(Phase.polling.rawValue)
    private let lastDrainWasEmpty = Atomic<Bool>(false)
    private let ready: @Sendable (InputWatcher) -> Void

    /// Creates a watcher; call `start()` to begin.
    init(descriptor: Int32, interval: Int32, ready: @escaping @Sendable (InputWatcher) -> Void) {
        self.descriptor = descriptor
        self.interval = max(1, interval)
        self.ready = ready
    }

    /// Starts the watching thread (which keeps the watcher alive until `stop()`).
    func start() {
        let context = Unmanaged.passRetained(self).toOpaque()
        var thread = pthread_t()
        let created = pthread_create(&thread, nil, { context in
            let watcher = Unmanaged<InputWatcher>.fromOpaque(context!).takeRetainedValue()
            watcher.run()
            return nil
        }, context)
        if created == 0 {
            pthread_detach(thread)
        } else {
            Unmanaged<InputWatcher>.fromOpaque(context).release()
        }
    }

    /// Lets the thread poll again after a drain; `sawInput` false makes it wait one interval first
    /// (a descriptor at end of file is always "readable").
    func resume(sawInput: Bool) {
        lastDrainWasEmpty.store(!sawInput, ordering: .relaxed)
        _ = phase.compareExchange(expected: Phase.draining.rawValue, desired: Phase.polling.rawValue, ordering: .acquiringAndReleasing)
    }

    /// Ends the thread within one interval.
    func stop() {
        phase.store(Phase.stopped.rawValue, ordering: .releasing)
    }

    private func run() {
        var watched = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while true {
            switch Phase(rawValue: phase.load(ordering: .acquiring)) {
            case .stopped, nil:
                return
            case .draining:
                usleep(500)
                continue
            case .polling:
                break
            }
            if lastDrainWasEmpty.exchange(false, ordering: .relaxed) {
                usleep(UInt32(interval) * 1000)
            }
            _ = poll(&watched, 1, interval)
            if phase.compareExchange(expected: Phase.polling.rawValue, desired: Phase.draining.rawValue,
                                     ordering: .acquiringAndReleasing).exchanged {
                ready(self)
            }
        }
    }
}
