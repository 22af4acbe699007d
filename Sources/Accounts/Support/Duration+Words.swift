extension Duration {
    /// The duration in seconds as a floating-point number.
    var secondsValue: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }

    /// "30" or "0.3": the seconds as a person reads them in a sentence.
    var spokenSeconds: String {
        let seconds = secondsValue
        if seconds == seconds.rounded() { return String(Int(seconds)) }
        return String((seconds * 1000).rounded() / 1000)
    }
}
