public import DataSources

/// The loader options panel of the definitions overlay (`O`): one definition's three switches, each cycled
/// unset → on → off and saved together into its file.
public struct LoaderOptionsEditor: Hashable, Sendable {
    /// The definition whose options these are.
    public let name: String
    /// The options as edited; an absent one is unset (LlamaCloud's default applies).
    public private(set) var values: [LoaderOption: Bool]
    /// The options as saved, to tell an edit from none.
    public let saved: [LoaderOption: Bool]
    /// The option the cursor is on.
    public private(set) var selected: LoaderOption = .keepMarkdownFormat

    /// Opens the panel on `definition`'s saved options.
    init(_ definition: DataSourceDefinition) {
        name = definition.name
        saved = definition.component.loaderOptions
        values = saved
    }

    /// Whether anything differs from the saved options.
    public var isEdited: Bool { values != saved }

    /// Moves the cursor by `delta` options, stopping at the ends.
    mutating func move(by delta: Int) {
        let all = LoaderOption.allCases
        let index = all.firstIndex(of: selected) ?? 0
        selected = all[min(all.count - 1, max(0, index + delta))]
    }

    /// Moves the cursor to the first (`last` false) or last option.
    mutating func moveToEnd(last: Bool) {
        selected = (last ? LoaderOption.allCases.last : LoaderOption.allCases.first) ?? selected
    }

    /// The selected option's next value, forward: unset, then on, then off, then unset again.
    mutating func cycle(forward: Bool) {
        let order: [Bool?] = [nil, true, false]
        let index = order.firstIndex(of: values[selected]) ?? 0
        values[selected] = order[(index + (forward ? 1 : order.count - 1)) % order.count]
    }
}
