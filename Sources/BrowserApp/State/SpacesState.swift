public import TerminalKit

/// The spaces pane: all spaces, filterable, with their load state.
public struct SpacesState: Sendable {
    /// The list widget, keyed by space key.
    public var list = ListView<String>()
    /// Every loaded space by key.
    public var byKey: [String: SpaceSummary] = [:]
    /// The spaces load.
    public var phase: LoadPhase = .idle

    /// Creates an empty pane.
    public init() {}

    /// The selected space.
    public var selected: SpaceSummary? { list.selectedID.flatMap { byKey[$0] } }

    /// Replaces the spaces, keeping the filter and selection.
    public mutating func setSpaces(_ spaces: [SpaceSummary]) {
        byKey = Dictionary(spaces.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        list.setItems(spaces.map(Self.item))
        phase = .loaded
    }

    /// The list row of a space: name, with key, type (unless global) and status (unless current) as
    /// detail; archived spaces dimmed. The filter matches the name or the key.
    static func item(_ space: SpaceSummary) -> ListItem<String> {
        let detail = [space.key, space.type == "global" ? nil : space.type, space.status == "current" ? nil : space.status]
            .compactMap { $0 }
            .filter { !$0.isEmpty }
            .joined(separator: " · ")
        return ListItem(id: space.key, title: space.name.isEmpty ? space.key : space.name, detail: detail,
                        role: space.isArchived ? .dim : .normal, alsoMatching: space.key)
    }
}
