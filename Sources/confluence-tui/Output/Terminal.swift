import DataSources
import Foundation
import TerminalKit

/// Writes command output: sanitised text for people, JSON for scripts, one-line errors on stderr.
enum Terminal {
    /// Prints one line of text that may hold content from a Confluence site, with control and escape sequences removed.
    static func line(_ text: String) {
        print(Sanitizer.clean(text))
    }

    /// Prints a multi-line document of untrusted text, keeping its line breaks and tabs.
    static func block(_ text: String) {
        print(Sanitizer.clean(text, mode: .document))
    }

    /// Writes text meant for the person at the terminal, not for a pipe (a login's address, a choice), on stderr;
    /// line breaks are kept, control and escape sequences from a server removed.
    static func tell(_ text: String) {
        FileHandle.standardError.write(Data(Sanitizer.clean(text, mode: .multiLine).utf8))
    }

    /// Whether standard output is a terminal that may show colour (`NO_COLOR` unset).
    static var isColourTerminal: Bool {
        isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
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
        FileHandle.standardOutput.write(Data((JSONEscaping.escapingHiddenFormatting(closingEmptyContainers(text)) + "\n").utf8))
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
        FileHandle.standardError.write(Data("error: \(Sanitizer.clean(sentence))\n".utf8))
    }

    /// Prints a warning line on stderr.
    static func warn(_ sentence: String) {
        FileHandle.standardError.write(Data("warning: \(Sanitizer.clean(sentence))\n".utf8))
    }
}
