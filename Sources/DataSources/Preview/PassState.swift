import Synchronization

/// The shared state of one full pass: the report being built and the total, read by progress from any task.
final class PassState: Sendable {
    private struct State {
        var builder = ReportBuilder()
        var total: Int?
    }

    private let state: Mutex<State>

    init(total: Int?) {
        state = Mutex(State(total: total))
    }

    var builder: ReportBuilder { state.withLock { $0.builder } }

    @discardableResult
    func update<Result>(_ change: (inout ReportBuilder) -> Result) -> Result {
        state.withLock { change(&$0.builder) }
    }

    func setTotal(_ total: Int) {
        state.withLock { $0.total = total }
    }

    /// Pages done, pages failed, and the total when known.
    func counts() -> (done: Int, failed: Int, total: Int?) {
        state.withLock { ($0.builder.done, $0.builder.failures.count, $0.total) }
    }
}
