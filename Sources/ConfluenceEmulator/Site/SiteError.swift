/// A site that could not be read or is inconsistent; the description says what and where.
public struct SiteError: Error, Sendable, CustomStringConvertible {
    enum Reason: Sendable {
        case unreadable(path: String, detail: String)
        case malformed(path: String, detail: String)
        case inconsistent(String)
    }

    let reason: Reason

    public var description: String {
        switch reason {
        case .unreadable(let path, let detail): return "cannot read \(path): \(detail)"
        case .malformed(let path, let detail): return "\(path) is not valid: \(detail)"
        case .inconsistent(let detail): return "the site is inconsistent: \(detail)"
        }
    }

    static func unreadable(_ path: String, _ detail: String) -> SiteError { SiteError(reason: .unreadable(path: path, detail: detail)) }
    static func malformed(_ path: String, _ detail: String) -> SiteError { SiteError(reason: .malformed(path: path, detail: detail)) }
    static func inconsistent(_ detail: String) -> SiteError { SiteError(reason: .inconsistent(detail)) }
}
