public import Foundation

extension Duration {
    /// The duration in seconds as a floating-point value.
    public var timeInterval: TimeInterval {
        let (seconds, attoseconds) = components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }

    /// The seconds as a person reads them: `5` for whole seconds, else one decimal (`0.5`).
    public var secondsText: String {
        let value = timeInterval
        return value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// Whole milliseconds, rounded down.
    public var milliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
