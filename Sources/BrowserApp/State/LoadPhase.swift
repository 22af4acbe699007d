/// Where one load stands.
public enum LoadPhase: Hashable, Sendable {
    /// Nothing requested yet.
    case idle
    /// In flight; only a result carrying this token is accepted.
    case loading(RequestToken)
    /// Done.
    case loaded
    /// Failed with this sentence.
    case failed(String)

    /// The token of the load in flight, if any.
    public var pendingToken: RequestToken? {
        if case .loading(let token) = self { return token }
        return nil
    }

    /// Whether the load failed.
    var isFailed: Bool {
        if case .failed = self { return true }
        return false
    }
}
