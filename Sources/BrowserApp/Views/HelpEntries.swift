/// What the `?` overlay lists where it was opened: the browser's commands, or those of the window it covers (the
/// ingestion preview, the definitions, the filter builder: the one that takes the keys), with the keys that work there
/// and what they do there.
struct HelpEntries {
    /// The overlay's title before ` · Esc closes`.
    let title: String
    /// Each entry's keys (`j/Down`) and what they do.
    let rows: [(keys: String, summary: String)]

    /// A text field's own keys, which no key map changes.
    private static let editingRows: [(keys: String, summary: String)] = [
        ("Ctrl-A/E, Alt-B/F", "to the start or end, a word back or on"),
        ("Ctrl-U/K/W, Alt-D", "delete to the start or end, the word before or after"),
    ]

    init(_ state: AppState) {
        let keyMap = state.keyMap
        func row(_ command: Command, _ summary: String) -> (keys: String, summary: String) {
            (keyMap.keyLabel(for: command), summary)
        }
        if state.accounts.form != nil {
            title = "Account form keys"
            rows = [("Tab/Down", "next field"), ("Shift-Tab/Up", "previous field"), ("Enter", "next field; on the last, save"),
                    ("Left/Right/Space", "choose the auth kind, or where the secret comes from")] + Self.editingRows
                + [("Esc", "cancel"), (keyMap.keyLabel(for: .help, typingText: true), "show or hide this help")]
        } else if state.definitions?.export != nil {
            title = "Export keys"
            rows = [row(.nextPane, "next format"), row(.previousPane, "previous format"), row(.writeFile, "write it to a new file"),
                    row(.projectID, "the LlamaCloud project the scripts create the source in"), row(.copyURL, "copy it"),
                    row(.down, "scroll down"), row(.up, "scroll up"), row(.right, "scroll right"), row(.left, "scroll left"),
                    row(.top, "to the top"), row(.bottom, "to the bottom"), row(.back, "back to the definitions"),
                    row(.help, "show or hide this help")]
        } else if state.ingestion != nil {
            title = "Ingestion preview keys"
            rows = [row(.down, "move down the list"), row(.up, "move up the list"),
                    row(.pageDown, "a page of the list down"), row(.pageUp, "a page of the list up"),
                    row(.halfPageDown, "scroll the selected page down"), row(.halfPageUp, "scroll the selected page up"),
                    row(.fullPass, "read every page and measure it (again, once it ran)"),
                    row(.nextPane, "after a full pass: the largest pages or the first ones"),
                    row(.open, "show the selected page in the tree"), row(.refresh, "count again"),
                    row(.errorDetail, "show the last error in full"), row(.back, "cancel a running pass, else close"),
                    row(.help, "show or hide this help")]
        } else if state.definitions != nil {
            title = "Definitions keys"
            rows = [row(.down, "move down"), row(.up, "move up"),
                    (keyMap.keyLabel(for: .open) + "/" + keyMap.keyLabel(for: .export), "export: JSON, Python, TypeScript or curl"),
                    row(.count, "count what an ingestion pulls"), row(.ingestionPreview, "preview what an ingestion pulls"),
                    row(.loaderOptions, "loader options"), row(.rename, "rename"), row(.duplicate, "duplicate"),
                    row(.delete, "delete (asks first)"), row(.save, "save again on this account's site (asks first)"),
                    row(.refresh, "read the definitions again"),
                    row(.errorDetail, "show the last error in full"), row(.back, "close"), row(.help, "show or hide this help")]
        } else if state.builder?.namePrompt != nil {
            // The prompt is a text field: its keys are the field's, and only Enter and Esc leave it.
            title = "Name prompt keys"
            rows = [("Enter", "save the draft under this name (left empty: the name shown dimmed)")] + Self.editingRows
                + [("Esc", "back to the builder, not saved"), (keyMap.keyLabel(for: .help, typingText: true), "show or hide this help")]
        } else if let draft = state.builder {
            // In the label and CQL tabs letters are text: only the other keys are listed (a command with letters alone
            // is left out: it cannot be pressed there), and Enter saves.
            let typing = draft.mode.takesText
            func typed(_ command: Command, _ summary: String) -> (keys: String, summary: String)? {
                if typing && !keyMap.hasKey(for: command, typingText: true) { return nil }
                return (keyMap.keyLabel(for: command, typingText: typing), summary)
            }
            title = "Filter builder keys"
            let entries: [(keys: String, summary: String)?] = [
                typed(.nextPane, "next tab: space, pages, label, CQL"), typed(.previousPane, "previous tab"),
                typed(.down, "move down the list"), typed(.up, "move up the list"),
                (typing ? "Enter" : keyMap.keyLabel(for: .save), "save the draft as a definition"),
                typed(.count, "count what an ingestion of the draft pulls (checks CQL)"),
                typed(.ingestionPreview, "preview what an ingestion of the draft pulls"),
                draft.mode == .pages ? typed(.includeDescendants, "include the marked pages' descendants") : nil,
                typed(.loaderOptions, "loader options"),
                draft.mode == .cql ? nil : typed(.toCQL, "turn the draft into CQL (asks before replacing a typed query)"),
                typed(.back, "close the builder (\(keyMap.firstKeyLabel(for: .filterBuilder)) opens the draft again)"),
                typed(.help, "show or hide this help"),
            ]
            rows = entries.compactMap { $0 }
        } else {
            title = "Keys"
            rows = Command.allCases.map { (keyMap.keyLabel(for: $0), $0.summary) }
        }
    }
}
