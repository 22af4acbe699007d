import Foundation

/// Seconds since 1970 UTC, now.
func currentUnixSeconds() -> Int {
    Int(Date().timeIntervalSince1970)
}

extension Timestamp {
    /// The current time, to the second.
    public static var now: Timestamp { Timestamp(secondsSince1970: currentUnixSeconds()) }
}
