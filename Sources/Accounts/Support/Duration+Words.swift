extension Duration {
    /// "30" or "0.3": the seconds as a person reads them in a sentence.
    var spokenSeconds: String {
        let seconds = timeInterval
        if seconds == seconds.rounded() { return String(Int(seconds)) }
        return String((seconds * 1000).rounded() / 1000)
    }
}
