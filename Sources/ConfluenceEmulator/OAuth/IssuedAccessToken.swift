import Foundation

/// An access token the authorization server handed out: the login it belongs to and when it stops working.
struct IssuedAccessToken: Sendable {
    /// Index of its token family.
    let family: Int
    /// The end of its lifetime.
    let expiresAt: Date
}
