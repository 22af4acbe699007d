import Foundation

/// The one way a secret typed, pasted or stored by a person becomes the value that is sent.
extension Secret {
    /// `text` without the whitespace around it (a line end, a pasted space or carriage return); an empty rest, or one
    /// that still holds a control character (which a header cannot carry), is refused with a sentence naming `origin`.
    /// - Parameters:
    ///   - origin: what the secret is and where it was read (`the API token in CONFLUENCE_API_TOKEN`).
    ///   - keepingSpaces: trim only line ends, for a secret a space may begin or end (a password); nothing but
    ///     whitespace is still empty.
    public static func cleaned(
        _ text: String, origin: @autoclosure () -> String, keepingSpaces: Bool = false
    ) throws(InvalidSecretError) -> String {
        let trimmed = text.trimmingCharacters(in: keepingSpaces ? .newlines : .whitespacesAndNewlines)
        guard !trimmed.allSatisfy(\.isWhitespace) else { throw InvalidSecretError(reason: .empty, origin: origin()) }
        guard !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw InvalidSecretError(reason: .controlCharacter, origin: origin())
        }
        return trimmed
    }

    /// A secret of the cleaned `text` (see `cleaned(_:origin:keepingSpaces:)`).
    public init(reading text: String, origin: @autoclosure () -> String, keepingSpaces: Bool = false) throws(InvalidSecretError) {
        self.init(try Self.cleaned(text, origin: origin(), keepingSpaces: keepingSpaces))
    }
}
