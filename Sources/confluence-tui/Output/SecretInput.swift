import ArgumentParser
import ConfluenceKit
import Foundation
import LocalStore
import TerminalKit

/// Reads secrets from files, standard input, or the terminal without echo; never from argv.
enum SecretInput {
    /// The first line of a file, cleaned as `Secret.cleaned` does (`keepingSpaces` for a password); it must be UTF-8
    /// and not empty. A file that cannot be read is the argument's fault, as one whose first line is empty is.
    static func firstLine(ofFile path: String, keepingSpaces: Bool = false) throws -> String {
        let data: Data
        do {
            data = try Data(readingFirstLineOf: path, limit: limit)
        } catch {
            throw ValidationError(error.description)
        }
        return try firstLine(of: data, from: path, keepingSpaces: keepingSpaces)
    }

    /// The longest first line taken for a secret (OAuth tokens run to a few kilobytes).
    static let limit = 64 << 10

    /// The first line of standard input (for scripts: `pass show x | confluence-tui accounts add ...`), read byte by
    /// byte so nothing after it is consumed; cleaned as `Secret.cleaned` does (`keepingSpaces` for a password), it must
    /// be UTF-8 and not empty.
    static func firstLineOfStandardInput(keepingSpaces: Bool = false) throws -> String {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(STDIN_FILENO, &byte, 1)
            if count < 0, errno == EINTR { continue }
            guard count == 1, byte != UInt8(ascii: "\n") else { break }
            guard bytes.count < limit else { throw ValidationError("the first line of standard input is longer than 64 KiB, too long for a secret") }
            bytes.append(byte)
        }
        return try firstLine(of: Data(bytes), from: "standard input", keepingSpaces: keepingSpaces)
    }

    /// The bytes of `data` up to its first line feed as text, cleaned: a blank first line is not skipped (the secret
    /// is what the first line holds) and bytes that are not UTF-8 are refused rather than replaced, either of which
    /// would sign in with something other than the secret.
    private static func firstLine(of data: Data, from origin: String, keepingSpaces: Bool) throws -> String {
        let line = data.prefix { $0 != UInt8(ascii: "\n") }
        guard let text = String(validating: line, as: UTF8.self) else {
            throw ValidationError("the first line of \(origin) is not UTF-8 text, so it cannot be the secret")
        }
        guard !text.isEmpty else {
            throw ValidationError("the first line of \(origin) is empty; put the secret on the first line")
        }
        return try Secret.cleaned(text, origin: "the first line of \(origin)", keepingSpaces: keepingSpaces)
    }

    /// A secret typed at the hidden prompt, cleaned as `Secret.cleaned` does (`keepingSpaces` for a password); nil when
    /// nothing was typed.
    static func askHiddenSecret(_ name: String, keepingSpaces: Bool = false) throws -> Secret? {
        guard isInteractive, let typed = askHidden("\(name.capitalizedFirst): "), !typed.isEmpty else { return nil }
        return try Secret(reading: typed, origin: "the \(name) typed", keepingSpaces: keepingSpaces)
    }

    /// Whether standard input is a terminal a person can answer prompts on.
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 }

    /// Asks a question on the terminal and returns the answer, or nil at end of input.
    static func ask(_ question: String) -> String? {
        Terminal.writeError(question)
        return readLine(strippingNewline: true)
    }

    /// Asks a question only when a person is at the terminal.
    static func askIfInteractive(_ question: String) -> String? {
        guard isInteractive, let answer = ask(question), !answer.isEmpty else { return nil }
        return answer
    }

    /// Asks for a secret with echo turned off, restoring the terminal afterwards.
    static func askHidden(_ question: String) -> String? {
        Terminal.writeError(question)
        var original = termios()
        let hasTerminal = tcgetattr(STDIN_FILENO, &original) == 0
        if hasTerminal {
            var silent = original
            silent.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        }
        defer {
            if hasTerminal { tcsetattr(STDIN_FILENO, TCSAFLUSH, &original) }
            Terminal.writeError("\n")
        }
        return readLine(strippingNewline: true)
    }
}
