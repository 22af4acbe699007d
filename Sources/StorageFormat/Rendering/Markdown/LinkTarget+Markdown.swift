extension LinkTarget {
    /// Whether Markdown writes a link to this target as its text alone, without brackets or destination: mentions of
    /// users and spaces, and content by id, which have no URL a reader could follow.
    var showsNameAlone: Bool {
        switch self {
        case .user, .space, .content: true
        default: false
        }
    }
}
