/// What the `?` overlay lists where it was opened: the browser's commands, or those of the window it covers (the filter
/// builder, the definitions), with the keys that work there and what they do there.
struct HelpEntries {
    /// The overlay's title before ` · Esc closes`.
    let title: String
    /// Each entry's keys (`j/Down`) and what they do.
    let rows: [(keys: String, summary: String)]

    init(_ state: AppState) {
        let keyMap = state.keyMap
        if let draft = state.builder {
            // In the label and CQL tabs letters are text: only the other keys are listed, and Enter saves.
            let typing = draft.mode.takesText
            func row(_ command: Command, _ summary: String) -> (keys: String, summary: String) {
                (keyMap.keyLabel(for: command, typingText: typing), summary)
            }
            title = "Filter builder keys"
            rows = [row(.nextPane, "next tab: space, pages, label, CQL"), row(.previousPane, "previous tab"),
                    row(.down, "move down the list"), row(.up, "move up the list"),
                    (typing ? "Enter" : keyMap.keyLabel(for: .save), "save the draft as a definition"),
                    row(.count, "count what an ingestion of the draft pulls (checks CQL)"),
                    row(.ingestionPreview, "preview what an ingestion of the draft pulls"),
                    row(.includeDescendants, "pages tab: include the marked pages' descendants"),
                    row(.loaderOptions, "loader options"),
                    row(.toCQL, "turn the draft into CQL (asks before replacing a typed query)"),
                    row(.back, "close the builder (\(keyMap.firstKeyLabel(for: .filterBuilder)) opens the draft again)"),
                    row(.help, "show or hide this help")]
        } else if state.definitions != nil {
            func row(_ command: Command, _ summary: String) -> (keys: String, summary: String) {
                (keyMap.keyLabel(for: command), summary)
            }
            title = "Definitions keys"
            rows = [row(.down, "move down"), row(.up, "move up"),
                    (keyMap.keyLabel(for: .open) + "/" + keyMap.keyLabel(for: .export), "export: JSON, Python, TypeScript or curl"),
                    row(.count, "count what an ingestion pulls"), row(.ingestionPreview, "preview what an ingestion pulls"),
                    row(.loaderOptions, "loader options"), row(.rename, "rename"), row(.duplicate, "duplicate"),
                    row(.delete, "delete (asks first)"), row(.refresh, "read the definitions again"),
                    row(.errorDetail, "show the last error in full"), row(.back, "close"), row(.help, "show or hide this help")]
        } else {
            title = "Keys"
            rows = Command.allCases.map { (keyMap.keyLabel(for: $0), $0.summary) }
        }
    }
}
