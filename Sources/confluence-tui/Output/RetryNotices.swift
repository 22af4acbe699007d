import ConfluenceKit

/// Says on stderr when the site makes a command wait (a 429's Retry-After, backoff after failures), so a throttled
/// command is not silent for minutes: a warning for a wait of 5 s or more, at most one every 30 s.
enum RetryNotices {
    /// Follows `client`'s requests for as long as the command runs.
    static func follow(_ client: ConfluenceClient) {
        let events = client.events()
        Task.detached {
            var lastNotice: ContinuousClock.Instant?
            for await event in events {
                guard case .retryScheduled(let delay, let reason) = event.kind, delay >= .seconds(5) else { continue }
                let now = ContinuousClock.now
                if let lastNotice, lastNotice.duration(to: now) < .seconds(30) { continue }
                lastNotice = now
                Terminal.warn("the site answered \(reason) to \(event.method) \(event.target); waiting \(delay.secondsText) s before trying again")
            }
        }
    }
}
