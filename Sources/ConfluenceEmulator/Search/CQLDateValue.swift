import CQL

/// Resolves CQL date values (`"2024-01-31"`, `now("-4w")`, `startOfMonth()`, ...) to an instant or a day range.
enum CQLDateValue {
    /// A point or a whole day.
    struct Resolved {
        let start: Timestamp
        let end: Timestamp   // exclusive
    }

    static func resolve(_ value: CQLValue, now: Timestamp) -> Resolved? {
        switch value {
        case .literal(let text):
            guard let time = Timestamp(parsing: text) else { return nil }
            let dayOnly = text.utf8.count == 10
            return Resolved(start: time, end: time.adding(seconds: dayOnly ? 86_400 : 60))
        case .function(let name, let arguments):
            var offset = "0d"
            if let first = arguments.first {
                guard case .literal(let text) = first else { return nil }
                offset = text
            }
            guard let shifted = apply(offset: offset, to: now) else { return nil }
            let instant: Timestamp
            switch name.lowercased() {
            case "now": instant = shifted
            case "startofday": instant = shifted.startOfDay
            case "endofday": instant = shifted.startOfDay.adding(seconds: 86_399)
            case "startofweek": instant = startOfWeek(shifted)
            case "endofweek": instant = startOfWeek(shifted).adding(seconds: 7 * 86_400 - 1)
            case "startofmonth": instant = startOfMonth(shifted, monthsAhead: 0)
            case "endofmonth": instant = startOfMonth(shifted, monthsAhead: 1).adding(seconds: -1)
            case "startofyear": instant = startOfYear(shifted, yearsAhead: 0)
            case "endofyear": instant = startOfYear(shifted, yearsAhead: 1).adding(seconds: -1)
            default: return nil
            }
            return Resolved(start: instant, end: instant.adding(seconds: 1))
        case .list:
            return nil
        }
    }

    /// Applies `-4w`, `+1d`, `-2M`, `3h`, `-10m`, `1y` to a time; nil when malformed.
    static func apply(offset text: String, to time: Timestamp) -> Timestamp? {
        var body = Substring(text.trimmingSpaces())
        guard !body.isEmpty else { return time }
        var sign = 1
        if body.hasPrefix("-") { sign = -1; body = body.dropFirst() } else if body.hasPrefix("+") { body = body.dropFirst() }
        guard let unit = body.last, let amount = Int(body.dropLast()) else { return nil }
        let count = sign * amount
        switch unit {
        case "m": return time.adding(seconds: count * 60)
        case "h": return time.adding(seconds: count * 3600)
        case "d": return time.adding(seconds: count * 86_400)
        case "w": return time.adding(seconds: count * 7 * 86_400)
        case "M": return addMonths(count, to: time)
        case "y": return addMonths(count * 12, to: time)
        default: return nil
        }
    }

    private static func civil(_ time: Timestamp) -> (Int, Int, Int, Int) {
        let day = time.startOfDay
        let (year, month, dayOfMonth) = Timestamp.civilFromDays(day.secondsSince1970 / 86_400)
        return (year, month, dayOfMonth, time.secondsSince1970 - day.secondsSince1970)
    }

    private static func addMonths(_ months: Int, to time: Timestamp) -> Timestamp {
        let (year, month, day, seconds) = civil(time)
        let total = year * 12 + (month - 1) + months
        let newYear = total >= 0 ? total / 12 : (total - 11) / 12
        let newMonth = total - newYear * 12 + 1
        return Timestamp(year: newYear, month: newMonth, day: min(day, 28)).adding(seconds: seconds)
    }

    private static func startOfWeek(_ time: Timestamp) -> Timestamp {
        let days = time.startOfDay.secondsSince1970 / 86_400
        let weekday = ((days % 7) + 7 + 4) % 7   // 0 = Sunday (1970-01-01 was a Thursday)
        return Timestamp(secondsSince1970: (days - weekday) * 86_400)
    }

    private static func startOfMonth(_ time: Timestamp, monthsAhead: Int) -> Timestamp {
        let (year, month, _, _) = civil(time)
        return addMonths(monthsAhead, to: Timestamp(year: year, month: month, day: 1))
    }

    private static func startOfYear(_ time: Timestamp, yearsAhead: Int) -> Timestamp {
        let (year, _, _, _) = civil(time)
        return Timestamp(year: year + yearsAhead, month: 1, day: 1)
    }
}
