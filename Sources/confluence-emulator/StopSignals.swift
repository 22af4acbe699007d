import Foundation

/// The pipe's write end the signal handler reports on: set once, before the handler is installed.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1

/// SIGINT and SIGTERM, caught from the moment it is made: a signal sent as soon as the banner shows is not lost.
///
/// The handler is installed with `sigaction` before `init` returns and writes a byte to a pipe; the pipe keeps that
/// byte until it is read, however late the read source starts watching it. (A dispatch signal source alone arms
/// itself asynchronously, so a signal in between was ignored and the emulator kept running.)
struct StopSignals {
    private let arrivals: AsyncStream<Void>
    /// Kept alive while the signals are awaited.
    private let source: any DispatchSourceRead

    /// Installs the handler for both signals and starts watching its pipe; made once per process.
    init() {
        precondition(signalPipeWriteEnd == -1, "the stop signals are caught once per process")
        var ends: [Int32] = [-1, -1]
        precondition(pipe(&ends) == 0, "no pipe for the stop signals")
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        // A full pipe already holds a stop: the handler's write then fails at once rather than blocking.
        _ = fcntl(ends[1], F_SETFL, O_NONBLOCK)
        signalPipeWriteEnd = ends[1]
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            let saved = errno  // only async-signal-safe calls here, and errno as the interrupted code left it
            var byte: UInt8 = 1
            _ = write(signalPipeWriteEnd, &byte, 1)
            errno = saved
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        for number in [SIGINT, SIGTERM] {
            precondition(sigaction(number, &action, nil) == 0, "the stop signals cannot be caught")
        }
        let (arrivals, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let readEnd = ends[0]
        source = DispatchSource.makeReadSource(fileDescriptor: readEnd, queue: DispatchQueue(label: "confluence-emulator.signals"))
        source.setEventHandler {
            // Drained, or the source would fire again at once for the same bytes.
            var bytes = [UInt8](repeating: 0, count: 64)
            _ = read(readEnd, &bytes, bytes.count)
            continuation.yield()
        }
        source.resume()
        self.arrivals = arrivals
    }

    /// Suspends until either signal has arrived (at once if one already has).
    func wait() async {
        for await _ in arrivals { return }
    }
}
