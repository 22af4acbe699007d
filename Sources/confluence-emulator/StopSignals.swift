import Foundation

/// SIGINT and SIGTERM, caught from the moment it is made: a signal sent as soon as the banner shows is not lost.
struct StopSignals {
    private let arrivals: AsyncStream<Void>
    /// Kept alive while the signals are awaited.
    private let sources: [any DispatchSourceSignal]

    /// Stops the default handling of both signals and starts catching them.
    init() {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let (arrivals, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let queue = DispatchQueue(label: "confluence-emulator.signals")
        sources = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { continuation.yield() }
            source.resume()
            return source
        }
        self.arrivals = arrivals
    }

    /// Suspends until either signal has arrived (at once if one already has).
    func wait() async {
        for await _ in arrivals { return }
    }
}
