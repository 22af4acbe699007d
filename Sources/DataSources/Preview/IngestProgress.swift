import Foundation

/// Where a full pass stands: pages done of the total, speed, time left and any rate-limit wait in progress.
public struct IngestProgress: Hashable, Sendable, CustomStringConvertible {
    /// Pages read so far (failures included).
    public var done: Int
    /// Pages expected, when the count is known.
    public var total: Int?
    /// Pages that could not be read so far.
    public var failed: Int
    /// Time since the pass started.
    public var elapsed: Duration
    /// How long the client will still wait before retrying a rate-limited request (the longest such wait), if any.
    public var rateLimitWait: Duration?
    /// Requests sent so far, retries included (as the client's request events report them).
    public var requests: Int
    /// Retries scheduled so far (rate limits and transient failures).
    public var retries: Int

    /// Creates a progress value.
    public init(done: Int, total: Int?, failed: Int, elapsed: Duration, rateLimitWait: Duration?, requests: Int, retries: Int) {
        self.done = done
        self.total = total
        self.failed = failed
        self.elapsed = elapsed
        self.rateLimitWait = rateLimitWait
        self.requests = requests
        self.retries = retries
    }

    /// Pages per second since the start; zero before any time has passed.
    public var pagesPerSecond: Double {
        let seconds = elapsed.timeInterval
        return seconds > 0 ? Double(done) / seconds : 0
    }

    /// The estimated time left at the current speed, when the total and a speed are known.
    public var estimatedTimeLeft: Duration? {
        guard let total, pagesPerSecond > 0 else { return nil }
        return .seconds(Double(max(0, total - done)) / pagesPerSecond)
    }

    /// The progress line: `1200/4938 pages, 850.0 pages/s, ETA 4 s, 2 failed, waiting 1.0 s (rate limit)`.
    public var description: String {
        (["\(done)/\(total.map(String.init) ?? "?") pages"] + figures { "\(Int($0.timeInterval.rounded(.up))) s" })
            .joined(separator: ", ")
    }

    /// What a progress line shows after the count: the speed, the time left (written by `timeLeft`), failures and
    /// a rate-limit wait.
    public func figures(timeLeft: (Duration) -> String) -> [String] {
        var parts = [String(format: "%.1f pages/s", pagesPerSecond)]
        if let eta = estimatedTimeLeft { parts.append("ETA " + timeLeft(eta)) }
        if failed > 0 { parts.append("\(failed) failed") }
        if let wait = rateLimitWait { parts.append(String(format: "waiting %.1f s (rate limit)", wait.timeInterval)) }
        return parts
    }
}
