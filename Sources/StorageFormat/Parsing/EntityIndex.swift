/// The HTML entity names as one sorted byte index, so a reference is looked up straight from the input
/// bytes by binary search, without building a `String` key.
struct EntityIndex: Sendable {
    /// The index over `HTMLEntityTable`, built once.
    static let shared = EntityIndex(HTMLEntityTable.entries)

    /// All names, back to back, in sorted order.
    private let names: [UInt8]
    /// Where each name starts in `names`; one extra entry marks the end of the last.
    private let starts: [Int]
    /// The replacement text of each name, in the same order.
    private let replacements: [String]

    /// Indexes `entries` (name, with its `;` where required, and replacement text), which must be
    /// sorted by name in byte order, as the generated table is.
    init(_ entries: [(name: String, replacement: String)]) {
        var names: [UInt8] = []
        var starts: [Int] = []
        starts.reserveCapacity(entries.count + 1)
        for entry in entries {
            starts.append(names.count)
            names.append(contentsOf: entry.name.utf8)
        }
        starts.append(names.count)
        self.names = names
        self.starts = starts
        self.replacements = entries.map(\.replacement)
    }

    /// The replacement text for the entity spelled exactly `name`, or nil when there is none.
    func replacement(for name: UnsafeBufferPointer<UInt8>) -> String? {
        var low = 0
        var high = replacements.count
        while low < high {
            let middle = (low + high) / 2
            let order = compare(entry: middle, with: name)
            if order == 0 { return replacements[middle] }
            if order < 0 { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// Byte-wise order of entry `entry` against `name`: negative, zero or positive.
    private func compare(entry: Int, with name: UnsafeBufferPointer<UInt8>) -> Int {
        let start = starts[entry]
        let count = starts[entry + 1] - start
        for offset in 0..<min(count, name.count) {
            let difference = Int(names[start + offset]) - Int(name[offset])
            if difference != 0 { return difference }
        }
        return count - name.count
    }
}
