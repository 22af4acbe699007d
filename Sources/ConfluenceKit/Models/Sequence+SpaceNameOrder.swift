import Foundation

extension Sequence<Space> {
    /// The spaces in the order listings show them: by name as people sort names (case-insensitive, numbers by value),
    /// then by key.
    public func sortedByName() -> [Space] {
        sorted { first, second in
            switch first.name.localizedStandardCompare(second.name) {
            case .orderedAscending: true
            case .orderedDescending: false
            case .orderedSame: first.key < second.key
            }
        }
    }
}
