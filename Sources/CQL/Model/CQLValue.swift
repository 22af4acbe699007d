/// The right-hand side of a clause.
public indirect enum CQLValue: Hashable, Sendable {
    /// A quoted string or a bare word or number, holding the unescaped text.
    case literal(String)
    /// A function call such as `now("-4w")` or `currentUser()`.
    case function(name: String, arguments: [CQLValue])
    /// A parenthesised list, the right side of `IN` / `NOT IN`.
    case list([CQLValue])
}
