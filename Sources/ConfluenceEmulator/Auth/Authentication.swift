/// The result of checking a request's credential.
enum Authentication: Sendable {
    case authenticated(EmulatorUser, AuthKind)
    case missing
    case invalid(AuthKind)

    var kind: AuthKind {
        switch self {
        case .authenticated(_, let kind), .invalid(let kind): return kind
        case .missing: return .none
        }
    }
}
