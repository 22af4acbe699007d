/// A failure followed by a hint at its likely cause (`…; did you mean ENG?`).
struct HintedError: Error, CustomStringConvertible {
    /// The failure as it was.
    let error: any Error
    /// What the person probably meant or should do.
    let hint: String

    /// The failure's sentence, its closing full stop (if any) giving way to the hint.
    var description: String {
        let failure = "\(error)"
        return (failure.hasSuffix(".") ? String(failure.dropLast()) : failure) + "; " + hint
    }
}
