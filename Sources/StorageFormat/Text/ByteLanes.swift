/// Eight input bytes in one word, tested all at once: each test sets the high bit of the lanes it
/// matches, exactly (no false positives), with lane 0 the first byte.
struct ByteLanes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The eight bytes, first byte in the low bits.
    let word: UInt64

    /// Loads the eight bytes at `index`, which must be at most `input.count - 8`.
    @inline(__always)
    init(_ input: UnsafeBufferPointer<UInt8>, at index: Int) {
        precondition(index >= 0 && index <= input.count &- 8)
        word = UInt64(littleEndian: UnsafeRawPointer(input.baseAddress! + index).loadUnaligned(as: UInt64.self))
    }

    /// Loads the eight bytes at `bytes`, all of which must be readable: for loops that check their bounds
    /// once rather than at every word.
    @inline(__always)
    init(at bytes: UnsafePointer<UInt8>) {
        word = UInt64(littleEndian: UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self))
    }

    /// The eight bytes of `word`, first byte in the low bits.
    @inline(__always)
    init(word: UInt64) { self.word = word }

    /// Lanes holding `byte`.
    @inline(__always)
    func equal(to byte: UInt8) -> UInt64 { Self.zeroLanes(word ^ (UInt64(byte) &* Self.ones)) }

    /// Lanes holding a byte below `limit`, which must be at most 0x80.
    @inline(__always)
    func below(_ limit: UInt8) -> UInt64 {
        ~(((word & Self.lowBits) &+ UInt64(0x80 - limit) &* Self.ones) | word) & Self.highBits
    }

    /// Lanes holding 0xC2 or 0xE2, the lead bytes of the C1 controls and of U+2028/U+2029: bytes with the
    /// high bit set whose low seven bits, with 0x20 added, are 0x62.
    @inline(__always)
    func c2OrE2() -> UInt64 {
        word & ~(((word | 0x2020_2020_2020_2020) & Self.lowBits ^ 0x62 &* Self.ones) &+ Self.lowBits) & Self.highBits
    }

    /// Several ASCII tests at once, fused: each `passes` test sets the high bit of every lane whose low seven
    /// bits pass it (a sum that never carries out of its lane, and no NOT or mask yet); AND the results of
    /// several tests and `asciiFailing(_:)` marks the ASCII lanes that fail any, with one NOT and one mask.
    @inline(__always)
    func passes(atLeast limit: UInt8) -> UInt64 { (word & Self.lowBits) &+ UInt64(0x80 - limit) &* Self.ones }

    /// The fused test (see `passes(atLeast:)`) of lanes other than `byte`, which must be below 0x80.
    @inline(__always)
    func passes(notEqualTo byte: UInt8) -> UInt64 { (word & Self.lowBits ^ UInt64(byte) &* Self.ones) &+ Self.lowBits }

    /// The ASCII lanes whose high bit `passes` (fused tests ANDed) leaves clear: those failing a test.
    @inline(__always)
    func asciiFailing(_ passes: UInt64) -> UInt64 { ~(word | passes) & Self.highBits }

    /// Whether all eight bytes are ASCII.
    @inline(__always)
    var isASCII: Bool { word & Self.highBits == 0 }

    /// The index of the first marked lane in `lanes`, which must not be zero.
    @inline(__always)
    static func firstLane(_ lanes: UInt64) -> Int { lanes.trailingZeroBitCount >> 3 }

    @inline(__always)
    private static func zeroLanes(_ value: UInt64) -> UInt64 {
        ~(((value & lowBits) &+ lowBits) | value) & highBits
    }
}
