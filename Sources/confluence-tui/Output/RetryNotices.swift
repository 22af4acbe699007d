import ConfluenceKit

/// Says on stderr when the site makes a command wait (a 429's Retry-After, backoff after failures or timeouts), so a
/// throttled or stalled command is not silent for minutes: a warning for a wait of 5 s or more, or for any retry once
/// the command has run 10 s without one; at most one every 30 s.
enum RetryNotices {
    /// Follows `client`'s requests for as long as the command runs.
    static func follow(_ client: ConfluenceClient) {
        let events = client.events()
        Task.detached {
            let start = ContinuousClock.now
            var lastNotice: ContinuousClock.Instant?
            var retries = 0
            for await event in events {
                guard case .retryScheduled(let delay, let reason) = event.kind else { continue }
                retries += 1
                let now = ContinuousClock.now
                let quietSince = lastNotice ?? start
                guard delay >= .seconds(5) || quietSince.duration(to: now) >= .seconds(10) else { continue }
                if let lastNotice, lastNotice.duration(to: now) < .seconds(30) { continue }
                lastNotice = now
                let request = "\(event.method) \(event.target)"
                let what = if case .transport(let sentence) = reason { "\(request) failed (\(sentence))" }
                    else { "the site answered \(reason) to \(request)" }
                let count = retries > 1 ? " (\(retries) retries so far)" : ""
                let wait = delay < .milliseconds(100) ? "trying again" : "waiting \(delay.secondsText) s before trying again"
                Terminal.warn("\(what)\(count); \(wait)")
            }
        }
    }
}
