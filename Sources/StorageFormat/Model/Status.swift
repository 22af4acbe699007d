/// A status lozenge.
public struct Status: Sendable, Hashable {
    /// Lozenge colours.
    public enum Colour: String, Sendable, Hashable, CaseIterable {
        case grey, red, yellow, green, blue, purple

        /// Parses Confluence's colour parameter (`Blue`, `Grey`/`Gray`, ...); unknown values are grey.
        public init(parameter: String?) {
            switch parameter?.lowercased() {
            case "red": self = .red
            case "yellow": self = .yellow
            case "green": self = .green
            case "blue": self = .blue
            case "purple": self = .purple
            default: self = .grey
            }
        }
    }

    /// The lozenge text.
    public var title: String
    /// The lozenge colour.
    public var colour: Colour

    /// Creates a status lozenge.
    public init(title: String, colour: Colour = .grey) {
        self.title = title
        self.colour = colour
    }
}
