/// The HTML entity names as one byte index with a hash table over it, so a reference is looked up
/// straight from the input bytes, without building a `String` key.
struct EntityIndex: Sendable {
    /// The index over `HTMLEntityTable`, built once.
    static let shared = EntityIndex(HTMLEntityTable.entries)

    /// All names, back to back, in table order.
    private let names: [UInt8]
    /// Where each name starts in `names`; one extra entry marks the end of the last.
    private let starts: [Int]
    /// The replacement text of each name, in the same order.
    private let replacements: [String]
    /// An open-addressing table over the names' hashes: each slot holds an entry number plus one, or 0
    /// when empty. It has at least twice as many slots as entries, so probes stay short.
    private let slots: [UInt16]

    /// Indexes `entries` (name, with its `;` where required, and replacement text).
    init(_ entries: [(name: String, replacement: String)]) {
        var names: [UInt8] = []
        var starts: [Int] = []
        starts.reserveCapacity(entries.count + 1)
        for entry in entries {
            starts.append(names.count)
            names.append(contentsOf: entry.name.utf8)
        }
        starts.append(names.count)
        var slotCount = 1
        while slotCount < 2 * entries.count { slotCount *= 2 }
        var slots = [UInt16](repeating: 0, count: slotCount)
        names.withUnsafeBufferPointer { bytes in
            for entry in entries.indices {
                let name = UnsafeBufferPointer(rebasing: bytes[starts[entry]..<starts[entry + 1]])
                var slot = EntityIndex.hash(name) & (slotCount - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (slotCount - 1) }
                slots[slot] = UInt16(entry + 1)
            }
        }
        self.names = names
        self.starts = starts
        self.replacements = entries.map(\.replacement)
        self.slots = slots
    }

    /// The replacement text for the entity spelled exactly `name`, or nil when there is none.
    func replacement(for name: UnsafeBufferPointer<UInt8>) -> String? {
        var slot = EntityIndex.hash(name) & (slots.count - 1)
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { return nil }
            if matches(entry: entry, name) { return replacements[entry] }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// Whether entry `entry` is spelled exactly `name`.
    private func matches(entry: Int, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[entry]
        guard starts[entry + 1] - start == name.count else { return false }
        for offset in 0..<name.count where names[start + offset] != name[offset] { return false }
        return true
    }

    /// The FNV-1a hash of `name`.
    private static func hash(_ name: UnsafeBufferPointer<UInt8>) -> Int {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: value ^ value >> 32)
    }
}
