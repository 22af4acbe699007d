import DataSources
import Foundation
import Synchronization
import TerminalKit

/// Writes command output: sanitised text for people, JSON for scripts, one-line errors on stderr.
enum Terminal {
    /// Prints one line of text that may hold content from a Confluence site, with control and escape sequences removed.
    static func line(_ text: String) {
        write(Sanitizer.clean(text) + "\n")
    }

    /// Prints a multi-line document of untrusted text, keeping its line breaks and tabs.
    static func block(_ text: String) {
        write(Sanitizer.clean(text, mode: .document) + "\n")
    }

    /// Writes text meant for the person at the terminal, not for a pipe (a login's address, a choice), on stderr;
    /// line breaks are kept, control and escape sequences from a server removed.
    static func tell(_ text: String) {
        writeError(Sanitizer.clean(text, mode: .multiLine))
    }

    /// Whether standard output is a terminal (not a pipe or a file).
    static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether standard output is a terminal that may show colour (`NO_COLOR` unset).
    static var isColourTerminal: Bool {
        isTerminal && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    /// The terminal's width in columns, when standard output is a terminal.
    static var columns: Int? {
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Prints a value as pretty JSON with sorted snake_case keys, empty arrays and objects as `[]` and `{}`; JSON
    /// escapes every control character.
    static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .custom { path in SnakeCaseKey(stringValue: path.last?.stringValue ?? "") }
        encoder.dateEncodingStrategy = .iso8601
        let text = String(decoding: try encoder.encode(value), as: UTF8.self)
        write(JSONEscaping.escapingHiddenFormatting(closingEmptyContainers(text)) + "\n")
    }

    /// `text` with each empty array or object the encoder spread over lines (`[`, a blank line, `]`) written `[]` or
    /// `{}`; a line break is always structural, as JSON strings escape theirs.
    private static func closingEmptyContainers(_ text: String) -> String {
        text.replacing(/([\[{])\n\n *([\]}])/) { "\($0.output.1)\($0.output.2)" }
    }

    /// Prints an error as one sanitised line on stderr, prefixed with `error:`.
    static func printError(_ error: any Error) {
        printError(String(describing: error))
    }

    /// Prints an error sentence as one sanitised line on stderr, prefixed with `error:`.
    static func printError(_ sentence: String) {
        writeError("error: \(Sanitizer.clean(sentence))\n")
    }

    /// Prints a warning line on stderr.
    static func warn(_ sentence: String) {
        writeError("warning: \(Sanitizer.clean(sentence))\n")
    }

    /// Writes text to standard output. A write that fails (a closed pipe, a full disk) stops the writing; `exit` says so.
    static func write(_ text: String) {
        guard outputFailure.withLock({ $0 }) == 0 else { return }
        let failure = write(text, to: STDOUT_FILENO)
        if failure != 0 { outputFailure.withLock { $0 = failure } }
    }

    /// Writes text to standard error; a closed one is ignored.
    static func writeError(_ text: String) {
        _ = write(text, to: STDERR_FILENO)
    }

    /// The error that stopped standard output (an `errno`), 0 while it works.
    private static let outputFailure = Mutex<Int32>(0)

    /// Writes all of `text` to `descriptor`; returns the `errno` of a write that failed, else 0.
    private static func write(_ text: String, to descriptor: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { bytes in
            var written = 0
            while written < bytes.count {
                let result = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += result
            }
            return 0
        }
    }

    /// Ends the process with `status`, unless standard output could not be written: then quietly with 141, as a command
    /// SIGPIPE stops, when its reader stopped reading (`| head -1`), else with one error line and 1 (a full disk).
    static func exit(_ status: Int32) -> Never {
        let failure = outputFailure.withLock { $0 }
        if failure == EPIPE { Foundation.exit(141) }
        if failure != 0 {
            printError("could not write the output: " + String(cString: strerror(failure)))
            Foundation.exit(1)
        }
        Foundation.exit(status)
    }
}
