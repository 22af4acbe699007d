/// What the filter builder selects by: the four selectors a data source can hold.
public enum FilterMode: String, CaseIterable, Hashable, Sendable {
    case space, pages, label, cql

    /// The tab's label.
    public var title: String {
        switch self {
        case .space: "Space"
        case .pages: "Pages"
        case .label: "Label"
        case .cql: "CQL"
        }
    }

    /// Whether typed characters go into a text field in this mode.
    public var takesText: Bool { self == .label || self == .cql }

    /// The next mode (wrapping), or the previous one when `forward` is false.
    func step(forward: Bool) -> FilterMode {
        let all = Self.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + (forward ? 1 : all.count - 1)) % all.count]
    }
}
