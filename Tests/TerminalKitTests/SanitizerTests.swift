import Testing
import TerminalKit

struct SanitizerTests {
    /// A zero-width joiner stays where it joins (emoji, a Devanagari half form) and goes where it joins nothing.
    @Test func aJoinerBesideASCIIOrAtAnEndIsDropped() {
        #expect(Sanitizer.clean("space\u{200D} and") == "space and")
        #expect(Sanitizer.clean("\u{200D}lead") == "lead")
        #expect(Sanitizer.clean("tail\u{200D}") == "tail")
        #expect(Sanitizer.clean("👩\u{200D}💻 dev") == "👩\u{200D}💻 dev")
        #expect(Sanitizer.clean("क्\u{200D}ष") == "क्\u{200D}ष")
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("\u{1B}[31mred\u{1B}[0m", "red"),
        ("a\u{1B}[1;2;3;4Hb", "ab"),
        ("\u{1B}]0;evil title\u{7}after", "after"),
        ("\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\", "link"),
        ("\u{1B}P1$r0m\u{1B}\\x", "x"),
        ("\u{1B}_apc\u{9C}y", "y"),
        ("\u{9B}2Jclear", "clear"),
        ("\u{9D}0;t\u{7}ok", "ok"),
        ("\u{1B}(Bascii", "ascii"),
        ("\u{1B}7save\u{1B}8", "save"),
        ("\u{1B}c", ""),
        ("end\u{1B}", "end"),
        ("\u{1B}]unterminated", "unterminated"),
        ("Q\u{1B}]52;c;eHg=  (900108)", "Q52;c;eHg=  (900108)"),
        ("bell\u{7}\u{8}\u{0}x", "bellx"),
        ("del\u{7F}x", "delx"),
        ("c1\u{85}\u{80}\u{9A}x", "c1 x"),
        ("apc\u{9F}hidden", "apchidden"),
        ("tab\there", "tab here"),
        ("line1\nline2\r\nline3\rline4", "line1 line2 line3 line4"),
        ("\u{202E}evil\u{202C}ok\u{2066}x\u{2069}", "evilokx"),
        ("日本\u{1B}[0m語", "日本語"),
        ("\u{1B}[31", ""),
        ("\u{1B}[3\u{1B}[1mA", "A"),
    ])
    func singleLine(input: String, expected: String) {
        #expect(Sanitizer.clean(input) == expected)
    }

    @Test func manyUnterminatedStringsCleanInLinearTime() {
        let hostile = String(repeating: "\u{9D}a", count: 200_000)
        let clock = ContinuousClock()
        var cleaned = ""
        let elapsed = clock.measure { cleaned = Sanitizer.clean(hostile) }
        #expect(cleaned == String(repeating: "a", count: 200_000))
        #expect(elapsed < .seconds(_isDebugAssertConfiguration() ? 10 : 1), "\(elapsed)")
    }

    @Test func aLongRunOfOpenedStringsNeitherRecursesNorKeepsAnyOfThem() {
        let hostile = String(repeating: "\u{1B}]0;x", count: 300_000) + "\u{7}after"
        #expect(Sanitizer.clean(hostile) == "after")
        #expect(Sanitizer.clean("\u{1B}]0;a\u{1B}[31mred") == "red")
    }

    @Test func multiLineKeepsNewlinesOnly() {
        #expect(Sanitizer.clean("a\nb\r\nc\rd\u{2028}e", mode: .multiLine) == "a\nb\nc\nd\ne")
        #expect(Sanitizer.clean("x\u{1B}[2Ky\n\u{7}z", mode: .multiLine) == "xy\nz")
        #expect(Sanitizer.clean("all:\n\tgo build", mode: .multiLine) == "all:\n go build")
    }

    @Test func aStringTerminatorByteInsideAnotherCharacterEndsNothing() {
        // U+009C is C2 9C in UTF-8; the 9C of М (D0 9C) is no terminator, so the string stays unterminated.
        #expect(Sanitizer.clean("\u{9D}0;xМ after") == "0;xМ after")
        #expect(Sanitizer.clean("\u{9D}0;М\u{9C}after") == "after")
    }

    @Test func aDocumentKeepsItsTabs() {
        #expect(Sanitizer.clean("all:\r\n\tgo build\u{1B}[31m", mode: .document) == "all:\n\tgo build")
    }

    @Test func adversarialOutputHasNoControls() {
        var seed: UInt64 = 0x9E3779B97F4A7C15
        let alphabet: [Unicode.Scalar] = ["\u{1B}", "[", "]", "P", "\\", "\u{7}", "\u{9B}", "\u{9C}", "\u{9D}", "\u{90}",
                                          "m", "0", ";", "a", "\u{0}", "\u{7F}", "\u{85}", "\u{202E}", "中", "\n", "\r", "\t", "_", "^", "X",
                                          "М", "\u{2028}", "😀"]
        for _ in 0..<2000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<24 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                scalars.append(alphabet[Int(seed >> 33) % alphabet.count])
            }
            let cleaned = Sanitizer.clean(String(scalars))
            #expect(!cleaned.unicodeScalars.contains { TestSupport.isForbidden($0) }, "leaked from \(String(scalars).debugDescription)")
        }
    }
}
