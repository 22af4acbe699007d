import Testing
@testable import StorageFormat

/// Plain text for ingestion previews and its counts.
struct PlainTextTests {
    @Test func countsCharactersAndEstimatesTokens() {
        let plainText = parse("<h1>Hello</h1><p>world, 한국어!</p>").plainText()
        #expect(plainText.text == "Hello\n\nworld, 한국어!")
        #expect(plainText.characterCount == 18)
        // "Hello" 2 + "world" 2 + "," 1 + 3 Hangul + "!" 1
        #expect(plainText.estimatedTokenCount == 9)
    }

    @Test func tokenEstimateBasis() {
        #expect(TokenEstimator.estimate("") == 0)
        #expect(TokenEstimator.estimate("abcd efgh") == 2)
        #expect(TokenEstimator.estimate("abcde") == 2)
        #expect(TokenEstimator.estimate("a.b") == 3)
        #expect(TokenEstimator.estimate("中文") == 2)
    }

    @Test func complexTablesBecomeRecords() {
        let source = "<table><tr><th>Name</th><th>Steps</th></tr><tr><td>Setup</td><td><ol><li>one</li><li>two</li></ol></td></tr></table>"
        #expect(plain(source) == "Name | Steps\n\nName: Setup\nSteps:\n  1. one\n  2. two")
    }

    @Test func theChildrenMacroNamesTheChildrenTheCallerKnows() {
        #expect(plain(childrenMacro) == "[children]")
        #expect(plain(childrenMacro, options: RenderOptions(childPages: ["Install", "a_b *c*"].map { ChildPage(title: $0) })) == "[children: Install, a_b *c*]")
    }

    @Test func codeKeepsTrailingSpacesAndTabs() {
        let source = "<ac:structured-macro ac:name=\"noformat\"><ac:plain-text-body><![CDATA[a \n\tb]]></ac:plain-text-body></ac:structured-macro>"
        #expect(plain(source) == "a \n\tb")
    }
}
