import TerminalKit

/// What a save from the filter builder wrote, for the notice.
public struct SavedDefinition: Hashable, Sendable {
    /// The definition's name.
    public var name: String
    /// The selector in words (`space ENG`, `12 pages`).
    public var selector: String
    /// Descendant ids added to the marked pages (0 when descendants were not asked for).
    public var addedDescendants: Int

    /// Creates a summary.
    public init(name: String, selector: String, addedDescendants: Int = 0) {
        self.name = name
        self.selector = selector
        self.addedDescendants = addedDescendants
    }

    /// The notice shown after saving.
    public var sentence: String {
        var text = "Saved definition \(name) (\(selector))"
        if addedDescendants > 0 {
            text += ", with \(Plural.count(addedDescendants, "descendant page")) expanded to ids"
        }
        return text + "."
    }
}
