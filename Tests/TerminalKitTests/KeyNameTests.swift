import Testing
import TerminalKit

struct KeyNameTests {
    static let all: [Key] = [.char("j"), .char("G"), .char("/"), .char(" "), .char("中"), .up, .down, .left, .right,
                             .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab, .backspace, .delete,
                             .insert, .ctrl("d"), .ctrl("u"), .ctrl("_"), .function(1), .function(12), .alt(.char("x")),
                             .alt(.backspace), .alt(.ctrl("d"))]

    @Test func descriptionsParseBack() {
        for key in Self.all {
            #expect(Key(name: key.description) == key, "\(key.description)")
        }
    }

    @Test func aliasesAndUnknownNames() {
        #expect(Key(name: "C-d") == .ctrl("d"))
        #expect(Key(name: "ctrl+U") == .ctrl("u"))
        #expect(Key(name: "^W") == .ctrl("w"))
        #expect(Key(name: "PageDown") == .pageDown)
        #expect(Key(name: "RETURN") == .enter)
        #expect(Key(name: "btab") == .backTab)
        #expect(Key(name: "F64") == nil)
        #expect(Key(name: "ctrl-") == nil)
        #expect(Key(name: "ctrl-dd") == nil)
        #expect(Key(name: "hyper-x") == nil)
        #expect(Key(name: "M-b") == .alt(.char("b")))
        #expect(Key(name: "meta+Space") == .alt(.char(" ")))
        #expect(Key(name: "Alt-nope") == nil)
        #expect(Key(name: "alt-") == nil)
        #expect(Key(name: "") == nil)
    }
}
