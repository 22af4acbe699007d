import Foundation

/// The one way a secret typed, pasted or stored by a person becomes the value that is sent.
extension Secret {
    /// `text` without the whitespace around it (a line end, a pasted space or carriage return); an empty rest, or one
    /// that still holds a control character (which a header cannot carry), is refused with a sentence naming `origin`.
    /// - Parameter origin: what the secret is and where it was read (`the API token in CONFLUENCE_API_TOKEN`).
    public static func cleaned(_ text: String, origin: @autoclosure () -> String) throws(InvalidSecretError) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw InvalidSecretError(reason: .empty, origin: origin()) }
        guard !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw InvalidSecretError(reason: .controlCharacter, origin: origin())
        }
        return trimmed
    }

    /// A secret of the cleaned `text` (see `cleaned(_:origin:)`).
    public init(reading text: String, origin: @autoclosure () -> String) throws(InvalidSecretError) {
        self.init(try Self.cleaned(text, origin: origin()))
    }
}
