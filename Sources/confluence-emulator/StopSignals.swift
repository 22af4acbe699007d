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

    /// Installs the handler for both signals and starts watching its pipe.
    init() {
        var ends: [Int32] = [-1, -1]
        precondition(pipe(&ends) == 0, "no pipe for the stop signals")
        signalPipeWriteEnd = ends[1]
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            var byte: UInt8 = 1
            _ = write(signalPipeWriteEnd, &byte, 1)  // async-signal-safe; a full pipe already holds a stop
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGINT, &action, nil)
        sigaction(SIGTERM, &action, nil)
        let (arrivals, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        source = DispatchSource.makeReadSource(fileDescriptor: ends[0], queue: DispatchQueue(label: "confluence-emulator.signals"))
        source.setEventHandler { continuation.yield() }
        source.resume()
        self.arrivals = arrivals
    }

    /// Suspends until either signal has arrived (at once if one already has).
    func wait() async {
        for await _ in arrivals { return }
    }
}
