public import TerminalKit

/// The open add/edit form: one line input per field, the auth kind as a choice, and the save state.
public struct AccountFormState: Sendable {
    /// The fields in Tab order.
    public enum Field: Int, CaseIterable, Sendable {
        case name, site, authKind, user, secret

        /// The label drawn before the field.
        var label: String {
            switch self {
            case .name: "Name"
            case .site: "Site"
            case .authKind: "Auth"
            case .user: "User"
            case .secret: "Secret"
            }
        }
    }

    /// The account being edited (nil: a new account).
    public var original: String?
    /// The text fields.
    public var inputs: [Field: LineInput]
    /// The auth kinds to choose from and the chosen index.
    public var kinds: [(id: String, title: String)]
    /// Index into `kinds`.
    public var kindIndex: Int
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
        inputs = [.name: LineInput(text: form.name), .site: LineInput(text: form.site), .user: LineInput(text: form.user),
                  .secret: LineInput(text: "")]
    }

    /// The form's values (the secret included, for the save effect only).
    var values: AccountForm {
        AccountForm(name: TextLayout.trimmingSpaces(inputs[.name]?.text ?? ""), site: TextLayout.trimmingSpaces(inputs[.site]?.text ?? ""),
                    authKind: kinds.indices.contains(kindIndex) ? kinds[kindIndex].id : "",
                    user: TextLayout.trimmingSpaces(inputs[.user]?.text ?? ""), secret: inputs[.secret]?.text ?? "")
    }

    /// Moves the focus to the next (or previous) field, wrapping.
    mutating func step(forward: Bool) {
        let all = Field.allCases
        focused = all[(focused.rawValue + (forward ? 1 : all.count - 1)) % all.count]
    }
}
