import Foundation

/// A failure a handler answers with; rendered in the error shape of the API family that was called.
struct APIError: Error, Sendable, CustomStringConvertible {
    let status: Int
    let message: String

    var description: String { "\(status) \(message)" }

    static func badRequest(_ message: String) -> APIError { APIError(status: 400, message: message) }
    static func notFound(_ message: String) -> APIError { APIError(status: 404, message: message) }

    /// The reason phrase for a status.
    static func reason(_ status: Int) -> String {
        switch status {
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return "Error"
        }
    }

    /// The code string of a v2 error.
    static func v2Code(_ status: Int) -> String {
        reason(status).uppercased().replacingOccurrences(of: " ", with: "_")
    }
}
