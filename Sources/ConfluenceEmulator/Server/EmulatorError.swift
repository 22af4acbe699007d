/// The emulator could not start; the description says why.
public struct EmulatorError: Error, Sendable, CustomStringConvertible {
    enum Reason: Sendable {
        case cannotBind(host: String, port: Int, detail: String)
        case stoppedBeforeStart
        case cannotOpenLog(path: String, detail: String)
    }

    let reason: Reason

    public var description: String {
        switch reason {
        case .cannotBind(let host, let port, let detail): return "cannot listen on \(host):\(port): \(detail)"
        case .stoppedBeforeStart: return "the server stopped before it started listening"
        case .cannotOpenLog(let path, let detail): return "cannot write the request log \(path): \(detail)"
        }
    }

    static func cannotOpenLog(path: String, detail: String) -> EmulatorError {
        EmulatorError(reason: .cannotOpenLog(path: path, detail: detail))
    }

    static func cannotBind(host: String, port: Int, detail: String) -> EmulatorError {
        EmulatorError(reason: .cannotBind(host: host, port: port, detail: detail))
    }

    static let stoppedBeforeStart = EmulatorError(reason: .stoppedBeforeStart)
}
