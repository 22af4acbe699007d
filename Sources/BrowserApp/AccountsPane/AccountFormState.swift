public import TerminalKit

/// The open add/edit form: one line input per field, the auth kind as a choice, and the save state.
public struct AccountFormState: Sendable {
    /// The fields in Tab order.
    public enum Field: Int, CaseIterable, Sendable {
        case name, site, authKind, user, secretChoice, secret

        /// Whether Left/Right and Space cycle the field's value instead of editing text.
        var isChoice: Bool { self == .authKind || self == .secretChoice }
    }

    /// The account being edited (nil: a new account).
    public var original: String?
    /// The text fields.
    public var inputs: [Field: LineInput]
    /// The auth kinds to choose from and the chosen index.
    public var kinds: [(id: String, title: String)]
    /// Index into `kinds`.
    public var kindIndex: Int
    /// Where the secret comes from.
    public var secretChoice: SecretChoice
    /// The focused field.
    public var focused: Field = .name
    /// Why the last save was refused.
    public var problem: String?
    /// The save in flight.
    public var saving: RequestToken?

    /// A form for a new account (`original` nil) or an edit of `form`.
    init(form: AccountForm, original: String?, kinds: [(id: String, title: String)]) {
        self.original = original
        self.kinds = kinds
        kindIndex = kinds.firstIndex { $0.id == form.authKind } ?? 0
        secretChoice = form.secretChoice
        inputs = [.name: LineInput(text: form.name), .site: LineInput(text: form.site), .user: LineInput(text: form.user),
                  .secret: LineInput(text: form.secretChoice.isStored ? "" : form.secret)]
    }

    /// The label drawn before a field.
    func label(of field: Field) -> String {
        switch field {
        case .name: "Name"
        case .site: "Site"
        case .authKind: "Auth"
        case .user: "User"
        case .secretChoice: "From"
        case .secret: secretChoice.fieldLabel
        }
    }

    /// Moves a choice field to its next (or previous) value; a new secret source starts with an empty field.
    mutating func cycle(_ field: Field, forward: Bool) {
        switch field {
        case .authKind:
            guard !kinds.isEmpty else { return }
            kindIndex = (kindIndex + (forward ? 1 : kinds.count - 1)) % kinds.count
        case .secretChoice:
            let all = SecretChoice.allCases
            secretChoice = all[(secretChoice.rawValue + (forward ? 1 : all.count - 1)) % all.count]
            inputs[.secret] = LineInput(text: "")
        default:
            break
        }
    }

    /// The form's values (the secret included, for the save effect only).
    var values: AccountForm {
        AccountForm(name: TextLayout.trimmingSpaces(inputs[.name]?.text ?? ""), site: TextLayout.trimmingSpaces(inputs[.site]?.text ?? ""),
                    authKind: kinds.indices.contains(kindIndex) ? kinds[kindIndex].id : "",
                    user: TextLayout.trimmingSpaces(inputs[.user]?.text ?? ""), secretChoice: secretChoice,
                    secret: secretChoice.isStored ? inputs[.secret]?.text ?? "" : TextLayout.trimmingSpaces(inputs[.secret]?.text ?? ""))
    }

    /// Moves the focus to the next (or previous) field, wrapping.
    mutating func step(forward: Bool) {
        let all = Field.allCases
        focused = all[(focused.rawValue + (forward ? 1 : all.count - 1)) % all.count]
    }
}
