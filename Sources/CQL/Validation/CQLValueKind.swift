/// What a field holds, which decides the literals and functions it accepts.
enum CQLValueKind: Hashable, Sendable {
    /// Free text searched with `~` (text, title).
    case text
    /// A name compared as written (label, macro, space title).
    case name
    /// A space key, or a function giving spaces.
    case space
    /// One of `contentTypes`.
    case contentType
    /// A numeric content id, or a function giving content.
    case contentID
    /// A date literal or a date function.
    case date
    /// A user (account id or user name) or `currentUser()`.
    case user

    /// The values the `type` field accepts.
    static let contentTypes = ["page", "blogpost", "comment", "attachment", "folder", "whiteboard", "database", "embed"]

    /// How a message names what a function of this kind gives, e.g. "a date".
    var functionResultNoun: String {
        switch self {
        case .text, .name: "text"
        case .space: "spaces"
        case .contentType: "content types"
        case .contentID: "content"
        case .date: "a date"
        case .user: "a user"
        }
    }
}
