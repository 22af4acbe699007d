import Testing
@testable import StorageFormat

/// The byte-level string edits behind Markdown escaping.
struct StringByteEditingTests {
    @Test func replacingASCIIKeepsOtherBytes() {
        let html = "a<b & 한국 >|c".replacingASCII { $0 == 0x3C ? "&lt;" : $0 == 0x26 ? "&amp;" : nil }
        #expect(html == "a&lt;b &amp; 한국 >|c")
        #expect("nothing here".replacingASCII { _ in nil } == "nothing here")
        #expect("".replacingASCII { _ in "x" } == "")
    }

    @Test func replacingAllMatchesLeftToRight() {
        #expect("aaa".replacingAll("aa", with: "b") == "ba")
        #expect("x\\\ny\\\n".replacingAll("\\\n", with: " ") == "x y ")
        #expect("abc".replacingAll("", with: "z") == "abc")
        #expect("ab".replacingAll("abc", with: "z") == "ab")
        #expect("日本語".replacingAll("本", with: "-") == "日-語")
    }

    @Test func longestRunCountsConsecutiveBytes() {
        #expect("a``b```c`".longestRun(of: 0x60) == 3)
        #expect("none".longestRun(of: 0x60) == 0)
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

    @Test func tableCellsWithParagraphsAndListsBecomeHTMLLines() {
        let source = "<table><tr><td rowspan=\"2\"><p>a &lt; b  </p><p>c|d</p><ul><li>x</li></ul></td><td>1</td></tr><tr><td>2</td></tr></table>"
        #expect(StorageDocument.parse(source).markdown()
                == "<table>\n<tr><td rowspan=\"2\">a &lt; b<br>c&#124;d<br>• x</td><td>1</td></tr>\n<tr><td>2</td></tr>\n</table>\n")
    }
}
