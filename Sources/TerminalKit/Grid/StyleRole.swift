/// A semantic colour role; the theme decides what colours and attributes each role gets.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
    case normal, selected, focusedBorder, border, dim, title, error, warning, success
    case code, link, heading, quote, accent
}
