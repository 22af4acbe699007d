import TerminalKit

/// Draws the add/edit account form: one row per field (the secret masked), the problem line and hints.
enum AccountFormView {
    /// Draws `form`; `helpKey` opens the help where letters are typed (F1).
    static func render(_ form: AccountFormState, helpKey: String, into grid: inout Grid, in screen: Rect, theme: Theme) {
        // Three more rows while a problem shows, so its sentence is read whole.
        let box = screen.centered(width: min(screen.width, 70), height: min(screen.height, form.problem == nil ? 11 : 14))
        guard !box.isEmpty else { return }
        grid.fill(box)
        // A box too small for a border is all content (`Layout.inside`).
        if Layout.hasBorder(box) {
            grid.drawBox(box, border: theme.border, style: CellStyle(.focusedBorder),
                         title: form.original.map { "Edit account \($0)" } ?? "Add an account")
        }
        let inner = Layout.inside(box)
        let labelWidth = 8
        // The hints take the last row; the fields the rows above, scrolled so the focused one shows on a short screen.
        let fields = AccountFormState.Field.allCases
        let fieldRows = min(fields.count, inner.height - (inner.height > 1 ? 1 : 0))
        let scrolled = max(0, form.focused.rawValue - fieldRows + 1)
        for field in fields {
            let position = field.rawValue - scrolled
            guard position >= 0 && position < fieldRows else { continue }
            let row = inner.row(position)
            let focused = field == form.focused
            let (label, value) = row.splitColumns(at: labelWidth)
            // Cut to their cells with an ellipsis, so a narrow form says what it cannot show.
            func fitted(_ text: String, _ rect: Rect) -> String { TextLayout.truncate(text, toWidth: rect.width, ellipsis: theme.glyphs.ellipsis) }
            grid.drawText(fitted(field.label(kind: form.kind, origin: form.origin), label), in: label,
                          style: CellStyle(focused ? .title : .dim, attributes: focused ? .bold : []))
            switch field {
            case .authKind:
                grid.drawText(fitted("‹ " + (form.kind?.title ?? "?") + " ›", value), in: value, style: focused ? CellStyle(.selected) : .normal)
            case .origin:
                grid.drawText(fitted("‹ " + form.origin.rawValue + " ›", value), in: value, style: focused ? CellStyle(.selected) : .normal)
            case .name where form.original != nil:
                // An edit keeps the name: Tab passes it by, and it is drawn as fixed.
                grid.drawText(fitted((form.inputs[.name]?.text ?? "") + " (kept)", value), in: value, style: CellStyle(.dim))
            case .user where !form.usesUser:
                grid.drawText(fitted("(not used by this kind)", value), in: value, style: CellStyle(.dim))
            case .secret where form.origin == .credentialsFile:
                let count = form.inputs[.secret]?.characters.count ?? 0
                let hint = count == 0 ? (form.original == nil ? "(none)" : "(unchanged)") : ""
                LineInput(text: String(repeating: "•", count: count), prompt: "").render(into: &grid, in: value, focused: focused)
                if count == 0 { grid.drawText(hint, in: value.splitColumns(at: 1).right, style: CellStyle(.dim)) }
            default:
                form.inputs[field]?.render(into: &grid, in: value, focused: focused)
            }
        }
        // Between the fields (and a blank row, which a problem too long for its rows takes) and the hints: the save's
        // progress or its problem.
        let problemRow = inner.row(fieldRows + 1)
        let problemArea = Rect(x: problemRow.x, y: problemRow.y, width: problemRow.width, height: max(0, inner.maxY - problemRow.y - 1))
        if form.saving != nil {
            grid.drawText("saving" + theme.glyphs.ellipsis, in: problemArea.row(0), style: CellStyle(.dim))
        } else if let problem = form.problem {
            Message.draw([theme.glyphs.failed + " " + problem], role: .error, into: &grid, in: problemArea, growingUpTo: problemArea.height + 1)
        }
        guard inner.height > 1 else { return }
        // Most useful first: the hints that do not fit are dropped from the end. Left/Right choose only on a choice; on a
        // text field they move the cursor.
        let choose: [(key: String, label: String)] = form.focused.isChoice ? [("Left/Right", "choose")] : []
        let pairs: [(key: String, label: String)] = [("Enter", "next/save"), ("Tab", "field"), ("Esc", "cancel")] + choose + [(helpKey, "help")]
        grid.drawRuns(OverlayHints.runs(pairs, width: inner.width), in: inner.row(inner.height - 1))
    }
}
