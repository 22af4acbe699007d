import Foundation

/// Reads a `Retry-After` header: delay-seconds or an HTTP-date (RFC 9110 section 10.2.3).
enum RetryAfter {
    /// The delay the header asks for relative to `now`, or nil when the header is absent or unreadable.
    static func delay(from value: String?, now: Date) -> Duration? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Double(value), seconds.isFinite {
            return seconds <= 0 ? .zero : .milliseconds(Int64(min(seconds, 1e12) * 1000))
        }
        guard let date = parseHTTPDate(value) else { return nil }
        let interval = date.timeIntervalSince(now)
        return interval <= 0 ? .zero : .milliseconds(Int64(min(interval, 1e12) * 1000))
    }

    private static let formats = [
        "EEE, dd MMM yyyy HH:mm:ss zzz",  // IMF-fixdate
        "EEEE, dd-MMM-yy HH:mm:ss zzz",   // RFC 850
        "EEE MMM d HH:mm:ss yyyy",        // asctime
    ]

    static func parseHTTPDate(_ text: String) -> Date? {
        for format in formats {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
