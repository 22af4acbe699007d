public import DataSources

/// The loader options panel (`O`) of a saved definition or of the builder's draft: the three switches, each cycled
/// unset → on → off, saved together.
public struct LoaderOptionsEditor: Hashable, Sendable {
    /// The options as edited; an absent one is unset (LlamaCloud's default applies).
    public private(set) var values: [LoaderOption: Bool]
    /// The options as saved, to tell an edit from none.
    public let saved: [LoaderOption: Bool]
    /// The option the cursor is on.
    public private(set) var selected: LoaderOption = .keepMarkdownFormat

    /// Opens the panel on the options `saved`.
    init(_ saved: [LoaderOption: Bool]) {
        self.saved = saved
        values = saved
    }

    /// Whether anything differs from the saved options.
    public var isEdited: Bool { values != saved }

    /// Moves the cursor by `delta` options, stopping at the ends.
    private mutating func move(by delta: Int) {
        let all = LoaderOption.allCases
        let index = all.firstIndex(of: selected) ?? 0
        selected = all[min(all.count - 1, max(0, index + delta))]
    }

    /// Moves the cursor to the first (`last` false) or last option.
    private mutating func moveToEnd(last: Bool) {
        selected = (last ? LoaderOption.allCases.last : LoaderOption.allCases.first) ?? selected
    }

    /// Applies a key's command: moves the cursor or cycles the selected option; other commands do nothing.
    mutating func handle(_ command: Command?) {
        switch command {
        case .down?: move(by: 1)
        case .up?: move(by: -1)
        case .top?, .pageUp?, .halfPageUp?: moveToEnd(last: false)
        case .bottom?, .pageDown?, .halfPageDown?: moveToEnd(last: true)
        case .mark?, .open?, .right?: cycle(forward: true)
        case .left?: cycle(forward: false)
        default: break
        }
    }

    /// The selected option's next value, forward: unset, then on, then off, then unset again.
    private mutating func cycle(forward: Bool) {
        let order: [Bool?] = [nil, true, false]
        let index = order.firstIndex(of: values[selected]) ?? 0
        values[selected] = order[(index + (forward ? 1 : order.count - 1)) % order.count]
    }
}
