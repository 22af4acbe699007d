/// A mouse report translated to grid coordinates.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Kind: Hashable, Sendable {
        case press, release, wheelUp, wheelDown
    }

    /// Column of the event.
    public var x: Int
    /// Row of the event.
    public var y: Int
    /// The kind of event.
    public var kind: Kind

    /// Creates an event.
    public init(x: Int, y: Int, kind: Kind) {
        self.x = x
        self.y = y
        self.kind = kind
    }
}
