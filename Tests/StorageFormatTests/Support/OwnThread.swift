import Foundation

/// Runs `work` on a thread of its own and returns its result. A test that burns seconds of CPU then leaves
/// Swift Testing's cooperative threads (two on a two-core machine) to the other suites' async work, whose
/// timeouts would otherwise wait for it.
func onOwnThread<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
    await withCheckedContinuation { continuation in
        let thread = Thread { continuation.resume(returning: work()) }
        thread.stackSize = 8 << 20  // a pthread's usual default, as the cooperative threads have
        thread.start()
    }
}
