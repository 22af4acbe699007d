/// The UTF-8 renderers compose, terminal lines and Markdown or plain text alike: a growable byte buffer,
/// copied on write like an array, whose appends copy straight into spare room. Output is built from many
/// short pieces, and `Array.append(contentsOf:)` costs about a hundred instructions a call; here an
/// append is a uniqueness check, a room check and a copy.
///
/// - Note: Sendable like an array: the storage is written only while uniquely referenced.
struct LineBytes: @unchecked Sendable, Hashable {
    /// The bytes; only the first `count` are initialized.
    private final class Storage: ManagedBuffer<Void, UInt8> {}

    /// Nil until the first byte is reserved.
    private var storage: Storage?
    /// Where `storage` keeps its bytes (they stay put while it lives), so reading and writing them
    /// takes no access to the object.
    private var base: UnsafeMutablePointer<UInt8>?
    /// How many bytes `storage` holds (kept here: reading a class's header checks exclusivity).
    private var capacity = 0
    /// How many bytes of text there are.
    private(set) var count = 0

    /// The last byte of text, if any.
    var last: UInt8? { count > 0 ? withUnsafeBufferPointer { $0[count - 1] } : nil }

    /// Appends `text`.
    @inline(__always)
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        guard let source = text.baseAddress, !text.isEmpty else { return }
        let start = count
        makeRoom(for: text.count)
        Self.copy(source, to: base! + start, count: text.count)
        count = start + text.count
    }

    /// Copies `count` bytes, at least one: up to sixteen (prefixes, markers, short words, most pieces)
    /// as two words that may overlap, without a call; more through `memcpy`.
    @inline(__always)
    private static func copy(_ source: UnsafePointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>, count: Int) {
        let from = UnsafeRawPointer(source)
        let to = UnsafeMutableRawPointer(destination)
        if count > 16 {
            destination.initialize(from: source, count: count)
        } else if count >= 8 {
            let head = from.loadUnaligned(as: UInt64.self)
            let tail = from.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self)
            to.storeBytes(of: head, as: UInt64.self)
            to.storeBytes(of: tail, toByteOffset: count &- 8, as: UInt64.self)
        } else if count >= 4 {
            let head = from.loadUnaligned(as: UInt32.self)
            let tail = from.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)
            to.storeBytes(of: head, as: UInt32.self)
            to.storeBytes(of: tail, toByteOffset: count &- 4, as: UInt32.self)
        } else {
            // One to three bytes: the first, the last and the middle one (any of them the same).
            let first = source[0], middle = source[count &>> 1], last = source[count &- 1]
            destination[0] = first
            destination[count &>> 1] = middle
            destination[count &- 1] = last
        }
    }

    /// Appends `byte` `repeats` times.
    @inline(__always)
    mutating func append(repeating byte: UInt8, count repeats: Int) {
        guard repeats > 0 else { return }
        let start = count
        makeRoom(for: repeats)
        (base! + start).initialize(repeating: byte, count: repeats)
        count = start + repeats
    }

    /// Appends what `write` puts in the spare room it is given, at most `maximum` bytes, returning how many:
    /// one room check for text made a byte at a time.
    @inline(__always)
    mutating func append(atMost maximum: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        guard maximum > 0 else { return }
        let start = count
        makeRoom(for: maximum)
        let written = write(base! + start)
        precondition(written >= 0 && written <= maximum, "writing more bytes than there is room for")
        count = start + written
    }

    /// Appends `glyph` `repeats` times.
    mutating func append(_ glyph: UnsafeBufferPointer<UInt8>, repeating repeats: Int) {
        guard !glyph.isEmpty, repeats > 0 else { return }
        let start = count
        let total = glyph.count * repeats
        makeRoom(for: total)
        (base! + start).initialize(repeating: glyph, byteCount: total)
        count = start + total
    }

    /// Makes the storage unique with room for `added` more bytes, at least doubling it when it grows
    /// and never below 64 bytes (short texts, such as prefixes, skip the smallest sizes).
    @inline(__always)
    private mutating func makeRoom(for added: Int) {
        if !isKnownUniquelyReferenced(&storage) || capacity - count < added {
            moveStorage(capacity: Swift.max(count + added, capacity - count < added ? 2 * capacity : capacity, 64))
        }
    }

    /// Moves the text to new storage of `capacity` bytes.
    private mutating func moveStorage(capacity: Int) {
        let moved = Self.makeStorage(capacity: capacity)
        let movedBase = moved.withUnsafeMutablePointerToElements { $0 }
        if let base { movedBase.initialize(from: base, count: count) }
        storage = moved
        base = movedBase
        self.capacity = capacity
    }

    private static func makeStorage(capacity: Int) -> Storage {
        unsafeDowncast(Storage.create(minimumCapacity: capacity) { _ in }, to: Storage.self)
    }

    /// Makes room for `byteCount` bytes of text in all without growing.
    mutating func reserveCapacity(_ byteCount: Int) {
        if !isKnownUniquelyReferenced(&storage) || capacity < byteCount {
            moveStorage(capacity: Swift.max(byteCount, count))
        }
    }

    /// Removes the last `removed` bytes of text.
    mutating func removeLast(_ removed: Int = 1) {
        precondition(removed >= 0 && removed <= count, "removing more bytes than there are")
        count -= removed
    }

    /// Removes all the text, keeping the storage.
    mutating func removeAll() {
        count = 0
    }

    /// Calls `body` with the text.
    @inline(__always)
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(storage) { try body(UnsafeBufferPointer(start: base, count: count)) }
    }

    static func == (lhs: LineBytes, rhs: LineBytes) -> Bool {
        lhs.count == rhs.count && lhs.withUnsafeBufferPointer { left in rhs.withUnsafeBufferPointer { left.elementsEqual($0) } }
    }

    func hash(into hasher: inout Hasher) {
        withUnsafeBufferPointer { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
