import Accounts
import ArgumentParser

/// `--auth` values, named as a person says them.
enum AuthArgument: String, ExpressibleByArgument, CaseIterable {
    case cloudBasic = "cloud-basic"
    case scopedToken = "scoped-token"
    case dcPAT = "dc-pat"
    case dcPassword = "dc-password"
    case oauth

    /// The name of an auth kind, from the one mapping `authKind` states.
    init(_ kind: AuthKind) {
        self = Self.allCases.first { $0.authKind == kind }!
    }

    var authKind: AuthKind {
        switch self {
        case .cloudBasic: .cloudBasic
        case .scopedToken: .scopedToken
        case .dcPAT: .dataCenterPAT
        case .dcPassword: .dataCenterPassword
        case .oauth: .oauth3LO
        }
    }

    /// Asks for the kind on a terminal.
    static func ask() -> AuthArgument? {
        SecretInput.askIfInteractive("Auth (\(allValueStrings.joined(separator: ", "))): ").flatMap(AuthArgument.init(rawValue:))
    }
}
