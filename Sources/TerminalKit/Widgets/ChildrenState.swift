/// What is known about a tree node's children.
public enum ChildrenState<ID: Hashable & Sendable>: Hashable, Sendable {
    /// Never requested.
    case notLoaded
    /// A request is in flight.
    case loading
    /// Loaded: the child ids in display order.
    case loaded([ID])
    /// The last request failed with this message.
    case failed(String)
}
