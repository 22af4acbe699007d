import Foundation

/// A refresh token the authorization server handed out: its login, when it was issued and when a newer one replaced it.
struct IssuedRefreshToken: Sendable {
    /// Index of its token family.
    let family: Int
    /// When it was issued; it dies unused after the inactivity lifetime.
    let issuedAt: Date
    /// When the next refresh token replaced it; nil while it is the family's live one.
    var spentAt: Date?
}
