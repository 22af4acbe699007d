/// What an effect without a data result tells the user.
public enum EffectReport: Hashable, Sendable {
    /// A short notice for the status line.
    case notice(String)
    /// The URL could not be opened here; show it instead.
    case showURL(String)
    /// The effect failed.
    case failed(ErrorReport)
}
