import ArgumentParser
import Foundation
import LocalStore

/// Reads secrets from files, standard input, or the terminal without echo; never from argv.
enum SecretInput {
    /// The first line of a file, which must not be empty.
    static func firstLine(ofFile path: String) throws -> String {
        let text = String(decoding: try Data(readingFileAt: path), as: UTF8.self)
        guard let line = text.split(whereSeparator: \.isNewline).first, !line.isEmpty else {
            throw ValidationError("the secret file \(path) is empty")
        }
        return String(line)
    }

    /// The first line of standard input (for scripts: `pass show x | confluence-tui accounts add ...`).
    static func firstLineOfStandardInput() throws -> String {
        guard let line = readLine(strippingNewline: true), !line.isEmpty else {
            throw ValidationError("standard input held no secret")
        }
        return line
    }

    /// Whether standard input is a terminal a person can answer prompts on.
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 }

    /// Asks a question on the terminal and returns the answer, or nil at end of input.
    static func ask(_ question: String) -> String? {
        FileHandle.standardError.write(Data(question.utf8))
        return readLine(strippingNewline: true)
    }

    /// Asks a question only when a person is at the terminal.
    static func askIfInteractive(_ question: String) -> String? {
        guard isInteractive, let answer = ask(question), !answer.isEmpty else { return nil }
        return answer
    }

    /// Asks for a secret with echo turned off, restoring the terminal afterwards.
    static func askHidden(_ question: String) -> String? {
        FileHandle.standardError.write(Data(question.utf8))
        var original = termios()
        let hasTerminal = tcgetattr(STDIN_FILENO, &original) == 0
        if hasTerminal {
            var silent = original
            silent.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        }
        defer {
            if hasTerminal { tcsetattr(STDIN_FILENO, TCSAFLUSH, &original) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true)
    }
}
