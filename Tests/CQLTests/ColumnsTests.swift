import CQL
import Testing

/// Columns map back to the text they describe.
struct ColumnsTests {
    @Test("a diagnostic's columns select the offending text, even after non-ASCII text")
    func selectsText() throws {
        let source = "title ~ \"日本😀\" AND text = x"
        let diagnostic = try #require(CQLValidator.validate(source).first)
        #expect(source[CQLColumns.indices(of: diagnostic.range, in: source)] == "text")
    }

    @Test("an error at the end of the input gives an empty range at the end")
    func endOfInput() {
        let source = "label = "
        #expect(CQLColumns.indices(of: 9...9, in: source) == source.endIndex..<source.endIndex)
        #expect(CQLColumns.indices(of: 0...500, in: source) == source.startIndex..<source.endIndex)
    }
}
