import Testing
import TerminalKit

/// Key codes are ncurses' documented values (curses.h): OK = 0, KEY_CODE_YES = 0o400, ERR = -1.
struct KeyDecoderTests {
    static let ok: Int32 = 0
    static let keyCodeYes: Int32 = 0o400

    @Test(arguments: [
        (0x61, Key.char("a")), (0x4E2D, .char("中")), (0x1F600, .char("😀")),
        (0x0D, .enter), (0x0A, .enter), (0x09, .tab), (0x1B, .escape), (0x7F, .backspace), (0x08, .backspace),
        (0x01, .ctrl("a")), (0x04, .ctrl("d")), (0x15, .ctrl("u")), (0x17, .ctrl("w")), (0x1F, .ctrl("_")),
    ] as [(UInt32, Key)])
    func characters(value: UInt32, expected: Key) {
        #expect(KeyDecoder.decode(status: Self.ok, value: value) == expected)
    }

    @Test(arguments: [
        (0o403, Key.up), (0o402, .down), (0o404, .left), (0o405, .right), (0o406, .home), (0o550, .end),
        (0o523, .pageUp), (0o522, .pageDown), (0o527, .enter), (0o407, .backspace), (0o512, .delete),
        (0o513, .insert), (0o541, .backTab), (0o632, .resize), (0o411, .function(1)), (0o424, .function(12)),
    ] as [(UInt32, Key)])
    func functionKeys(value: UInt32, expected: Key) {
        #expect(KeyDecoder.decode(status: Self.keyCodeYes, value: value) == expected)
    }

    @Test func errorsMouseAndC1AreIgnored() {
        #expect(KeyDecoder.decode(status: -1, value: 0x61) == nil)
        #expect(KeyDecoder.decode(status: Self.keyCodeYes, value: 0o631) == nil)
        #expect(KeyDecoder.decode(status: Self.ok, value: 0x9B) == nil)
        #expect(KeyDecoder.decode(status: Self.ok, value: 0xD800) == nil)
    }

    @Test func keyNames() {
        #expect(Key.ctrl("d").description == "Ctrl-D")
        #expect(Key.char(" ").description == "Space")
        #expect(Key.backTab.description == "Shift-Tab")
        #expect(Key.function(5).description == "F5")
    }
}
