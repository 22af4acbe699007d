/// Format checks for the literals CQL functions and fields accept: dates, date offsets, numbers.
enum CQLLiteralFormat {
    /// Whether `text` is "yyyy-MM-dd" or "yyyy/MM/dd", optionally followed by " HH:mm", with sane numbers.
    static func isValidDate(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 10 || scalars.count == 16 else { return false }
        let separator = scalars[4]
        guard separator == "-" || separator == "/", scalars[7] == separator,
              number(scalars[0..<4]) != nil,
              let month = number(scalars[5..<7]), (1...12).contains(month),
              let day = number(scalars[8..<10]), (1...31).contains(day)
        else { return false }
        guard scalars.count == 16 else { return true }
        guard scalars[10] == " ", scalars[13] == ":",
              let hour = number(scalars[11..<13]), (0...23).contains(hour),
              let minute = number(scalars[14..<16]), (0...59).contains(minute)
        else { return false }
        return true
    }

    /// Whether `text` is an offset such as "-4w", "+1d" or "-1d 2h": space-separated signed amounts
    /// with a unit among y (years), M (months), w (weeks), d (days), h (hours) and m (minutes).
    static func isValidOffset(_ text: String) -> Bool {
        let parts = text.unicodeScalars.split(separator: " ")
        return !parts.isEmpty && parts.allSatisfy { part in
            var amount = part[...]
            if let sign = amount.first, sign == "+" || sign == "-" { amount = amount.dropFirst() }
            guard let unit = amount.last, "yMwdhm".unicodeScalars.contains(unit) else { return false }
            return number(amount.dropLast()) != nil
        }
    }

    /// Whether `text` is a non-empty run of ASCII digits.
    static func isWholeNumber(_ text: String) -> Bool {
        number(text.unicodeScalars[...]) != nil
    }

    /// The value of a non-empty run of ASCII digits (saturating), or `nil`.
    private static func number<S: Collection>(_ digits: S) -> Int? where S.Element == Unicode.Scalar {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for scalar in digits {
            guard ("0"..."9").contains(scalar) else { return nil }
            value = min(value * 10 + Int(scalar.value - 48), 1_000_000)
        }
        return value
    }
}
