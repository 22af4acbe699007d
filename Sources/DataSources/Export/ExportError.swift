/// An export could not be produced; the description says why, without any secret.
public struct ExportError: Error, Hashable, Sendable, CustomStringConvertible {
    enum Reason: Hashable, Sendable {
        case invalid(DefinitionValidationError)
        case missingSecret(name: String)
    }

    let reason: Reason

    /// The validation failure, when the definition itself was not valid.
    public var validationError: DefinitionValidationError? {
        if case .invalid(let error) = reason { return error }
        return nil
    }

    public var description: String {
        switch reason {
        case .invalid(let error):
            "cannot export: \(error)"
        case .missingSecret(let name):
            "cannot include secrets in the export of \"\(name)\": no Confluence token was given (the definition's account has none to embed)"
        }
    }
}
