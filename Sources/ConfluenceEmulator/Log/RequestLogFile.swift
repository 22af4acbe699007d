import Foundation

/// Appends one line per request to a file (mode 0600) so another process can follow the emulator's traffic:
/// `SEQUENCE METHOD PATH[?QUERY] STATUS DURATIONms auth=KIND [faults=A,B]`. Credentials and bodies are never written.
final class RequestLogFile: Sendable {
    private let descriptor: Int32
    let path: String

    /// Opens (creating or appending to) the file at `path`.
    init(path: String) throws(EmulatorError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotOpenLog(path: path, detail: String(cString: strerror(errno))) }
        self.descriptor = descriptor
        self.path = path
    }

    deinit { close(descriptor) }

    /// Writes the record's line in one `write`, so lines from concurrent requests never interleave.
    func write(_ record: RequestRecord) {
        let bytes = Array(Self.line(for: record).utf8)
        _ = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
    }

    /// The line for one record, newline included.
    static func line(for record: RequestRecord) -> String {
        var line = "\(record.sequence) \(record.method) \(record.path)"
        if !record.query.isEmpty { line += "?" + record.query }
        line += " \(record.status) " + String(format: "%.1f", record.durationMilliseconds) + "ms auth=\(record.authKind.rawValue)"
        if !record.faults.isEmpty { line += " faults=" + record.faults.joined(separator: ",") }
        return line + "\n"
    }
}
