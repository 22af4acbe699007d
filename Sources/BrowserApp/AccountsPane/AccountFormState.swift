import ConfluenceKit
import Foundation
public import TerminalKit

/// The open add/edit form: one line input per field, the auth kind as a choice, and the save state.
public struct AccountFormState: Sendable {
    /// The fields in Tab order.
    public enum Field: Int, CaseIterable, Sendable {
        case name, site, authKind, user, origin, secret

        /// The label drawn before the field (the user's depends on the auth kind, the secret's on its origin).
        func label(kind: AuthKindChoice?, origin: SecretOrigin) -> String {
            switch self {
            case .name: "Name"
            case .site: "Site"
            case .authKind: "Auth"
            case .user: kind.map { $0.userLabel ?? "User" } ?? "User"
            case .origin: "From"
            case .secret: origin.fieldLabel
            }
        }

        /// Whether Left/Right choose among values instead of editing text.
        var isChoice: Bool { self == .authKind || self == .origin }
    }

    /// The account being edited (nil: a new account).
    public var original: String?
    /// The text fields.
    public var inputs: [Field: LineInput]
    /// The auth kinds to choose from and the chosen index.
    public var kinds: [AuthKindChoice]
    /// Index into `kinds`.
    public var kindIndex: Int
    /// Where the secret comes from.
    public var origin: SecretOrigin
    /// The focused field.
    public var focused: Field = .name
    /// Why the last save was refused.
    public var problem: String?
    /// The save in flight.
    public var saving: RequestToken?

    /// A form for a new account (`original` nil) or an edit of `form`.
    init(form: AccountForm, original: String?, kinds: [AuthKindChoice]) {
        self.original = original
        self.kinds = kinds
        kindIndex = kinds.firstIndex { $0.id == form.authKind } ?? 0
        origin = form.secretOrigin
        focused = original == nil ? .name : .site
        inputs = [.name: LineInput(text: form.name), .site: LineInput(text: form.site), .user: LineInput(text: form.user),
                  .secret: LineInput(text: form.secretOrigin == .credentialsFile ? "" : form.secretReference)]
    }

    /// The form's values (the secret included, for the save effect only).
    var values: AccountForm {
        let secretText = inputs[.secret]?.text ?? ""
        let isStored = origin == .credentialsFile
        return AccountForm(name: TextLayout.trimmingSpaces(inputs[.name]?.text ?? ""), site: TextLayout.trimmingSpaces(inputs[.site]?.text ?? ""),
                           authKind: kind?.id ?? "",
                           user: usesUser ? TextLayout.trimmingSpaces(inputs[.user]?.text ?? "") : "", secretOrigin: origin,
                           secret: isStored ? secretText : "", secretReference: isStored ? "" : TextLayout.trimmingSpaces(secretText))
    }

    /// The first field at fault and why, checked before a save so every such problem shows on the first Enter:
    /// a missing name, one in `takenNames` (a new account only), a missing site or one `SiteAddress` refuses.
    func fault(takenNames: Set<String>) -> (field: Field, problem: String)? {
        let values = values
        if values.name.isEmpty { return (.name, "Give the account a name.") }
        if original == nil, takenNames.contains(values.name) {
            return (.name, "an account named \(values.name) already exists; choose another name, or Esc and R to edit it")
        }
        if values.site.isEmpty { return (.site, "Give the site's URL, e.g. https://example.atlassian.net") }
        do {
            _ = try SiteAddress.parse(values.site)
        } catch {
            return (.site, error.description)
        }
        return nil
    }

    /// The chosen auth kind, if any.
    var kind: AuthKindChoice? { kinds.indices.contains(kindIndex) ? kinds[kindIndex] : nil }

    /// Whether the chosen kind takes the user field: one that does not skips it, and saves no user.
    var usesUser: Bool { kind.map { $0.userLabel != nil } ?? true }

    /// Moves the focused choice (auth kind or secret origin) one step; a new origin empties the secret
    /// field, so a typed secret is never shown as a variable name or command.
    mutating func choose(forward: Bool) {
        switch focused {
        case .authKind:
            guard !kinds.isEmpty else { return }
            kindIndex = (kindIndex + (forward ? 1 : kinds.count - 1)) % kinds.count
        case .origin:
            let all = SecretOrigin.allCases
            let index = all.firstIndex(of: origin) ?? 0
            origin = all[(index + (forward ? 1 : all.count - 1)) % all.count]
            inputs[.secret] = LineInput(text: "")
        default:
            break
        }
    }

    /// Moves the focus to the next (or previous) field, wrapping, past a user field the kind does not take and the name
    /// of an account being edited, which keeps it.
    mutating func step(forward: Bool) {
        let all = Field.allCases
        repeat {
            focused = all[(focused.rawValue + (forward ? 1 : all.count - 1)) % all.count]
        } while (focused == .user && !usesUser) || (focused == .name && original != nil)
    }
}
