/// A hash table over `HTMLEntityTable`'s names, so a reference is looked up straight from the input
/// bytes, without building a `String` key. It keeps only entry numbers: the names and replacements are
/// read from the table itself, so building it (once per process) copies no string.
struct EntityIndex: Sendable {
    /// The index over `HTMLEntityTable`, built once.
    static let shared = EntityIndex(HTMLEntityTable.entries)

    private let entries: [(name: String, replacement: String)]
    /// An open-addressing table over the names' hashes: each slot holds an entry number plus one, or 0
    /// when empty. It has at least twice as many slots as entries, so probes stay short.
    private let slots: [UInt16]

    /// Indexes `entries` (name, with its `;` where required, and replacement text).
    init(_ entries: [(name: String, replacement: String)]) {
        var slotCount = 1
        while slotCount < 2 * entries.count { slotCount *= 2 }
        let mask = slotCount - 1
        self.entries = entries
        var slots = [UInt16](repeating: 0, count: slotCount)
        slots.withUnsafeMutableBufferPointer { slots in
            for (entry, (name, _)) in entries.enumerated() {
                var slot = name.withUTF8Buffer(EntityIndex.hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = UInt16(entry + 1)
            }
        }
        self.slots = slots
    }

    /// The replacement text for the entity spelled exactly `name`, or nil when there is none.
    func replacement(for name: UnsafeBufferPointer<UInt8>) -> String? {
        let mask = slots.count - 1
        var slot = EntityIndex.hash(name) & mask
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { return nil }
            if entries[entry].name.withUTF8Buffer({ EntityIndex.equal($0, name) }) { return entries[entry].replacement }
            slot = (slot + 1) & mask
        }
    }

    /// Whether `a` and `b` hold the same bytes.
    @inline(__always)
    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for index in a.indices where a[index] != b[index] { return false }
        return true
    }

    /// The FNV-1a hash of `name`, its high half folded into the low bits the table uses.
    @inline(__always)
    private static func hash(_ name: UnsafeBufferPointer<UInt8>) -> Int {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: value ^ value >> 32)
    }
}
