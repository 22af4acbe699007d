import StorageFormat
import Testing

/// The `include` and `exclude` patterns of a toc macro: Java's syntax, matched against the whole heading.
struct HeadingPatternTests {
    private func matches(_ pattern: String, _ text: String) -> Bool {
        guard let compiled = HeadingPattern(pattern) else {
            Issue.record("\(pattern) read as no pattern")
            return false
        }
        return compiled.matches(text)
    }

    @Test func matchesTheWholeHeading() {
        #expect(matches("Overview", "Overview"))
        #expect(!matches("Overview", "Overview of X"))
        #expect(!matches("Overview", "overview"))
        #expect(matches("Overview.*", "Overview of X"))
        #expect(matches(".*of.*", "Overview of X"))
        #expect(matches("토픽", "토픽"))
    }

    @Test func readsJavaSyntax() {
        #expect(matches("Release [0-9]+\\.[0-9]+", "Release 10.2"))
        #expect(!matches("Release [0-9]+\\.[0-9]+", "Release 10x2"))
        #expect(matches("Step \\d{2,3}", "Step 042"))
        #expect(!matches("Step \\d{2,3}", "Step 4"))
        #expect(!matches("Step \\d{2,3}", "Step 4242"))
        #expect(matches("Step \\d{2,}", "Step 4242"))
        #expect(matches("(Intro|Summary)( notes)?", "Summary notes"))
        #expect(matches("(?:Intro|Summary)( notes)?", "Intro"))
        #expect(!matches("(Intro|Summary)( notes)?", "Intro notes notes"))
        #expect(matches("[^\\d\\s]+", "abc"))
        #expect(!matches("[^\\d\\s]+", "ab c"))
        #expect(matches("a\\w*?z", "a_9z"))
        #expect(matches("^FAQ$", "FAQ"))
        #expect(matches("\\QC++ (legacy)\\E.*", "C++ (legacy) notes"))
        #expect(matches("x\\u00e9", "xé"))
        #expect(matches("[]x]+", "]x]"))
    }

    @Test func ignoresCaseWhenAsked() {
        #expect(matches("(?i)overview", "OVERVIEW"))
        #expect(matches("(?i)[a-c]+", "ABC"))
        #expect(matches("(?i)éa", "ÉA"))
        #expect(!matches("overview", "OVERVIEW"))
        #expect(!matches("(?-i)step 1", "Step 1"), "-i turns it off, as in Java")
        #expect(matches("(?s-i)Step 1", "Step 1"))
    }

    @Test func unreadablePatternsMatchTheirOwnText() {
        // A bracket never closed, lookaround, a backreference and a word boundary are not read as patterns.
        #expect(matches("C++ (legacy", "C++ (legacy"))
        #expect(matches("a(?=b)", "a(?=b)"))
        #expect(matches("(a)\\1", "(a)\\1"))
        #expect(matches("\\bword", "\\bword"))
        #expect(!matches("\\bword", "word"))
        // A pattern whose program would be too large is read literally too.
        #expect(matches("(a{1000}){1000}", "(a{1000}){1000}"))
        #expect(HeadingPattern("  ") == nil)
    }

    @Test func backtrackingPatternsStayLinear() {
        // A backtracking matcher takes exponential time on these; this one reads each scalar once per state.
        let text = String(repeating: "a", count: 5_000)
        #expect(!matches("(a*)*b", text))
        #expect(!matches("(a|aa)+c", text))
        #expect(matches("(a|aa)+", text))
        #expect(!matches("(.*a){20}b", text))
    }

    @Test func emptyRepetitionsCompileToNothing() {
        #expect(matches("x(){1000}(()*){1000}y", "xy"))
        #expect(matches("(|a)+", "aaa"))
    }
}
