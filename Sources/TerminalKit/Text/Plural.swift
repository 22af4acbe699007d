/// Numbers and counted nouns as sentences write them, in the browser and on the command line: `1 page`, `17,177 pages`.
public enum Plural {
    /// `count` with its digits grouped by thousands, then `singular`, or `plural` (default: `singular` + `s`) unless it is 1.
    public static func count(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(grouped(count)) \(count == 1 ? singular : plural ?? singular + "s")"
    }

    /// `12,345`: digits grouped by thousands with commas, whatever the locale.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return grouped
    }
}
