import Testing
@testable import StorageFormat
import TestSupport

/// The validity scan agrees with the standard library's validation, and strings made through it with
/// `String(decoding:as:)`, on edge cases and random mixtures of valid and stray bytes.
struct UTF8ValidityTests {
    @Test(arguments: [
        [], [0x41], [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF],
        [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xEF, 0xBF, 0xBF],
        [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
        [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xBF, 0x41], [0x41, 0xE4, 0xB8], [0x41, 0xE4], [0xF0, 0x9F, 0x91],
        [0xE4, 0xB8, 0xAD, 0x41], [0xE4, 0x41, 0xAD, 0x41], [0xE4, 0xB8, 0x41, 0x41], [0xE4, 0xB8, 0xAD, 0xE0, 0x80, 0x80],
        Array("plain ASCII text longer than a word".utf8), Array("한국어 text 日本語 and 中文 with 👍🏽 and é".utf8),
        Array("eight by".utf8) + [0x80], Array("seven b".utf8) + [0xE4, 0xB8, 0xAD], Array("中文中文中文中文".utf8) + [0xED, 0xA0, 0x80],
    ] as [[UInt8]])
    func matchesTheStandardLibrary(_ bytes: [UInt8]) {
        check(bytes)
    }

    @Test func matchesOnRandomMixtures() {
        let scalars: [Unicode.Scalar] = ["a", " ", "é", "ß", "—", "“", "中", "가", "하", "\u{800}", "\u{FFFF}", "\u{D7FF}",
                                         "\u{E000}", "\u{10000}", "\u{10FFFF}", "👍", "\u{80}", "\u{7FF}", "\u{7F}"]
        let strays: [UInt8] = [0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0,
                               0xF4, 0xF5, 0xFF]
        var generator = SplitMix64(seed: 8)
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            let strayChance = Int.random(in: 0...20, using: &generator)
            for _ in 0..<Int.random(in: 0...24, using: &generator) {
                if Int.random(in: 0..<100, using: &generator) < strayChance {
                    bytes.append(strays.randomElement(using: &generator)!)
                } else {
                    bytes += Array(String(scalars.randomElement(using: &generator)!).utf8)
                }
            }
            check(bytes)
        }
    }

    private func check(_ bytes: [UInt8]) {
        let validity = bytes.withUnsafeBufferPointer { UTF8Validity.of($0) }
        let expected: UTF8Validity = String(validating: bytes, as: UTF8.self) == nil ? .invalid
            : bytes.allSatisfy { $0 < 0x80 } ? .ascii : .valid
        #expect(validity == expected, "\(bytes.map { String($0, radix: 16) })")
        let text = bytes.withUnsafeBufferPointer { String(repairingUTF8: $0) }
        #expect(Array(text.utf8) == Array(String(decoding: bytes, as: UTF8.self).utf8))
    }
}
