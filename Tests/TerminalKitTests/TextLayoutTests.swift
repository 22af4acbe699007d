import Testing
import TerminalKit

struct TextLayoutTests {
    @Test func truncateByDisplayWidth() {
        #expect(TextLayout.truncate("hello", toWidth: 5) == "hello")
        #expect(TextLayout.truncate("hello world", toWidth: 7) == "hello…")
        #expect(TextLayout.truncate("日本語", toWidth: 4) == "日…")
        #expect(TextLayout.truncate("日本語", toWidth: 5) == "日本…")
        #expect(TextLayout.truncate("abc", toWidth: 0) == "")
        #expect(TextLayout.truncate("abc", toWidth: -3) == "")
        #expect(TextLayout.truncate("abcdef", toWidth: 3, ellipsis: "~") == "ab~")
        #expect(TextLayout.truncate("日本", toWidth: 1, ellipsis: "…") == "…")
    }

    @Test func truncatePathKeepsItsFirstPartAndItsEnd() {
        #expect(TextLayout.truncatePath("ENG › Start", separator: " › ", toWidth: 11) == "ENG › Start")
        #expect(TextLayout.truncatePath("OPS › Operations Home › Fleet runbooks", separator: " › ", toWidth: 22) == "OPS › …Fleet runbooks")
        #expect(TextLayout.truncatePath("OPS › Operations Home › Fleet runbooks", separator: " › ", toWidth: 24) == "OPS › … › Fleet runbooks")
        #expect(TextLayout.truncatePath("ENG › Home › Platform › Fleet Control › Dispatch", separator: " › ", toWidth: 36)
                == "ENG › … › Fleet Control › Dispatch", "whole parts from the end, never a part's tail")
        #expect(TextLayout.truncatePath("OPS › Operations Home › Fleet runbooks", separator: " › ", toWidth: 20) == "OPS › … › Fleet run…",
                "a last part wider than the room keeps its start, after the mark of the parts dropped")
        #expect(TextLayout.truncatePath("OPS › Operations Home › Fleet runbooks", separator: " › ", toWidth: 16) == "OPS › …Fleet ru…",
                "narrower: the ellipsis alone marks them, sparing the separator's columns for the name")
        #expect(TextLayout.truncatePath("OPS › Operations Home", separator: " › ", toWidth: 12) == "OPS › Opera…",
                "nothing dropped between: no mark")
        #expect(TextLayout.truncatePath("OPS › Operations Home", separator: " › ", toWidth: 8) == "…ns Home", "too narrow: the end alone")
        #expect(TextLayout.truncatePath("no separator here", separator: " › ", toWidth: 8) == "…or here")
    }

    @Test func truncateKeepingTheEnd() {
        #expect(TextLayout.truncateKeepingEnd("ENG › Start", toWidth: 11) == "ENG › Start")
        #expect(TextLayout.truncateKeepingEnd("ENG › Home › Platform", toWidth: 11) == "…› Platform")
        #expect(TextLayout.truncateKeepingEnd("ENG › Home › 設計", toWidth: 8) == "…› 設計")
        #expect(TextLayout.truncateKeepingEnd("ab 日本", toWidth: 4) == "…本", "a wide cluster is never split")
        #expect(TextLayout.truncateKeepingEnd("a  bc", toWidth: 4) == "…bc", "spaces after the ellipsis are dropped")
        #expect(TextLayout.truncateKeepingEnd("abc", toWidth: 0) == "")
        #expect(TextLayout.truncateKeepingEnd("日本", toWidth: 1) == "…")
    }

    @Test func padToWidth() {
        #expect(TextLayout.pad("ab", toWidth: 4) == "ab  ")
        #expect(TextLayout.pad("中", toWidth: 3) == "中 ")
        #expect(TextLayout.pad("abcdef", toWidth: 4) == "abc…")
    }

    @Test func wrapByWordsAndClusters() {
        #expect(TextLayout.wrap("the quick brown fox", width: 9) == ["the quick", "brown fox"])
        #expect(TextLayout.wrap("supercalifragilistic", width: 8) == ["supercal", "ifragili", "stic"])
        #expect(TextLayout.wrap("日本語のテキスト", width: 5) == ["日本", "語の", "テキ", "スト"])
        #expect(TextLayout.wrap("a\n\nb", width: 3) == ["a", "", "b"])
        #expect(TextLayout.wrap("(GET /wiki/api/v2/spaces?limit=100)", width: 20) == ["(GET", "/wiki/api/v2/spaces?", "limit=100)"],
                "a long word breaks after punctuation")
        #expect(TextLayout.wrap("https://example.com/a-long-path", width: 14) == ["https://", "example.com/a-", "long-path"])
        #expect(TextLayout.wrap("", width: 3) == [""])
        #expect(TextLayout.wrap("abc", width: 0) == [""])
    }

    @Test func trimmingSpaces() {
        #expect(TextLayout.trimmingSpaces("  a b  ") == "a b")
        #expect(TextLayout.trimmingSpaces("   ") == "")
    }
}
