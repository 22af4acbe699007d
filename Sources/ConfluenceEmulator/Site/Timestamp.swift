/// A point in time as whole seconds since 1970 UTC, parsed from and printed as ISO 8601 without Foundation (fast for 100k pages).
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSince1970: Int

    /// Wraps a number of seconds since 1970 UTC.
    public init(secondsSince1970: Int) {
        self.secondsSince1970 = secondsSince1970
    }

    /// Builds a timestamp from civil UTC fields.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        self.secondsSince1970 = Self.daysFromCivil(year: year, month: month, day: day) * 86_400
            + hour * 3600 + minute * 60 + second
    }

    /// Parses `yyyy-MM-ddTHH:mm:ss[.SSS](Z|±HH:mm)`, `yyyy-MM-dd`, `yyyy/MM/dd`, or `yyyy/MM/dd HH:mm`; nil when malformed.
    public init?(parsing text: String) {
        let bytes = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[from..<(from + count)] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0, 4), bytes.count >= 10, bytes[4] == bytes[7],
              bytes[4] == UInt8(ascii: "-") || bytes[4] == UInt8(ascii: "/"),
              let month = number(5, 2), let day = number(8, 2),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        var hour = 0, minute = 0, second = 0, offset = 0
        var index = 10
        if index < bytes.count {
            guard bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: " "),
                  let h = number(index + 1, 2), bytes.count > index + 3, bytes[index + 3] == UInt8(ascii: ":"),
                  let m = number(index + 4, 2), h < 24, m < 60 else { return nil }
            hour = h; minute = m
            index += 6
            if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
                guard let s = number(index + 1, 2), s < 61 else { return nil }
                second = s
                index += 3
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
            }
            if index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "Z"):
                    index += 1
                case UInt8(ascii: "+"), UInt8(ascii: "-"):
                    let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
                    guard let oh = number(index + 1, 2) else { return nil }
                    var om = 0
                    if index + 3 < bytes.count, bytes[index + 3] == UInt8(ascii: ":"), let value = number(index + 4, 2) {
                        om = value; index += 6
                    } else if let value = number(index + 3, 2) {
                        om = value; index += 5
                    } else {
                        index += 3
                    }
                    offset = sign * (oh * 3600 + om * 60)
                default:
                    return nil
                }
            }
            guard index == bytes.count else { return nil }
        }
        self.init(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        secondsSince1970 -= offset
    }

    /// ISO 8601 with milliseconds and `Z`, as Confluence Cloud prints it.
    public var iso8601: String {
        let days = secondsSince1970 >= 0 ? secondsSince1970 / 86_400 : (secondsSince1970 - 86_399) / 86_400
        let rest = secondsSince1970 - days * 86_400
        let (year, month, day) = Self.civilFromDays(days)
        return "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))T"
            + "\(Self.pad(rest / 3600, 2)):\(Self.pad(rest / 60 % 60, 2)):\(Self.pad(rest % 60, 2)).000Z"
    }

    public var description: String { iso8601 }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }

    /// The timestamp moved by a number of seconds.
    public func adding(seconds: Int) -> Timestamp {
        Timestamp(secondsSince1970: secondsSince1970 + seconds)
    }

    /// Midnight UTC of this timestamp's day.
    var startOfDay: Timestamp {
        let days = secondsSince1970 >= 0 ? secondsSince1970 / 86_400 : (secondsSince1970 - 86_399) / 86_400
        return Timestamp(secondsSince1970: days * 86_400)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// Howard Hinnant's days_from_civil.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Howard Hinnant's civil_from_days.
    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
