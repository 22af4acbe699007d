import Testing
@testable import StorageFormat

/// The byte-level edits behind Markdown escaping.
struct StringByteEditingTests {
    @Test func escapingReplacesOnlyTheChosenASCIIBytes() {
        let escapes = ASCIIEscapes { $0 == 0x3C ? "&lt;" : $0 == 0x26 ? "&amp;" : nil }
        #expect(Self.escaped("a<b & 한국 >|c", escapes) == "a&lt;b &amp; 한국 >|c")
        #expect(Self.escaped("nothing here", ASCIIEscapes { _ in nil }) == "nothing here")
        #expect(Self.escaped("", ASCIIEscapes { _ in "x" }) == "")
    }

    @Test func replaceAllMatchesLeftToRight() {
        #expect(Self.replacing("aaa", "aa", with: "b") == "ba")
        #expect(Self.replacing("x\\\ny\\\n", "\\\n", with: " ") == "x y ")
        #expect(Self.replacing("abc", "", with: "z") == "abc")
        #expect(Self.replacing("ab", "abc", with: "z") == "ab")
        #expect(Self.replacing("keep ab", "ab", with: "abab") == "keep abab")
        #expect(Self.replacing("日本語", "本", with: "-") == "日-語")
    }

    @Test func longestRunCountsConsecutiveBytes() {
        #expect("a``b```c`".utf8.longestRun(of: 0x60) == 3)
        #expect("none".utf8.longestRun(of: 0x60) == 0)
    }

    private static func escaped(_ text: String, _ escapes: ASCIIEscapes) -> String {
        var output: [UInt8] = []
        var text = text
        text.withUTF8 { output.append($0, escaping: escapes) }
        return String(decoding: output, as: UTF8.self)
    }

    private static func replacing(_ text: String, _ target: StaticString, with replacement: StaticString) -> String {
        var bytes = LineBytes()
        bytes.append(utf8Of: text)
        bytes.replaceAll(target, with: replacement)
        return String(renderedUTF8: bytes)
    }

    @Test func composedTextIsEditedInPlace() {
        var bytes = LineBytes()
        bytes.append("1. item")
        bytes.insert(0x5C, at: 1)
        #expect(String(renderedUTF8: bytes) == "1\\. item")
        bytes.removeSubrange(0..<3)
        #expect(String(renderedUTF8: bytes) == " item")
        bytes.replaceSubrange(1..<5, with: UnsafeBufferPointer(start: nil, count: 0))
        #expect(String(renderedUTF8: bytes) == " ")
        #expect(bytes.first == 0x20 && bytes[0] == 0x20 && !bytes.isEmpty)
    }

    @Test func markdownEscapesThroughBytes() {
        let source = "<p>1. not a list *x* [y] a|b</p><table><tr><td>a|b `c`</td></tr></table>"
        #expect(StorageDocument.parse(source).markdown() == "1\\. not a list \\*x\\* \\[y\\] a|b\n\n|  |\n| --- |\n| a\\|b \\`c\\` |\n")
    }
}

/// Heading anchors agree between the ASCII byte path and the general path.
struct SlugTests {
    @Test func asciiSlugs() {
        #expect(MarkdownRenderer.slug("Hello, World 2_go-now!") == "hello-world-2_go-now")
        #expect(MarkdownRenderer.slug("") == "")
    }

    @Test func nonASCIISlugsKeepLetters() {
        #expect(MarkdownRenderer.slug("Über Ärger 한국") == "über-ärger-한국")
    }
}
