/// A token bucket: `capacity` tokens refilled continuously at `rate` per second.
struct TokenBucket: Sendable {
    let capacity: Double
    let rate: Double
    private var tokens: Double
    private var updated: ContinuousClock.Instant

    init(rate: Double, capacity: Int, now: ContinuousClock.Instant) {
        self.rate = max(rate, 0.000_001)
        self.capacity = Double(max(1, capacity))
        self.tokens = self.capacity
        self.updated = now
    }

    /// Takes a token if one is there. Returns whether it was, the tokens left, and the seconds until the next token.
    mutating func take(now: ContinuousClock.Instant) -> (allowed: Bool, remaining: Int, retryAfter: Int) {
        let elapsed = updated.duration(to: now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        tokens = min(capacity, tokens + seconds * rate)
        updated = now
        if tokens >= 1 {
            tokens -= 1
            return (true, Int(tokens), 0)
        }
        let wait = (1 - tokens) / rate
        return (false, 0, max(1, Int(wait.rounded(.up))))
    }
}
