/// A failure followed by a hint at its likely cause (`…; did you mean ENG?`).
struct HintedError: Error, CustomStringConvertible {
    /// The failure as it was.
    let error: any Error
    /// What the person probably meant or should do.
    let hint: String

    var description: String { "\(error); \(hint)" }
}
