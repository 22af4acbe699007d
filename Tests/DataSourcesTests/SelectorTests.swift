import DataSources
import Testing

struct SelectorTests {
    @Test func selectorIsDerivedFromTheOneSetField() {
        #expect(Fixtures.full.selector == .space(key: "ENG"))
        #expect(Fixtures.minimal.selector == .pageIDs(["123", "456"]))
        var component = Fixtures.full.component
        component.label = "howto"
        #expect(component.selector == nil)
        #expect(component.selectors.map(\.fieldName) == ["space_key", "label"])
    }

    @Test func selectingOneClearsTheOthers() {
        var component = Fixtures.full.component
        component.label = "x"
        component.cql = "y"
        component.select(.pageIDs(["7", "8", "9"]))
        #expect(component.pageIDs == "7,8,9")
        #expect(component.spaceKey == nil && component.label == nil && component.cql == nil)
        #expect(component.selector == .pageIDs(["7", "8", "9"]))
    }

    @Test func equivalentCQLQuotesValues() {
        #expect(ConfluenceDataSource.Selector.label("how\"to").equivalentCQL == #"type="page" AND label="how\"to""#)
        #expect(ConfluenceDataSource.Selector.space(key: "ENG").equivalentCQL == #"type="page" AND space="ENG""#)
        #expect(ConfluenceDataSource.Selector.pageIDs(["1", "2"]).equivalentCQL == "id in (1,2)")
        #expect(ConfluenceDataSource.Selector.cql("title ~ x").equivalentCQL == "title ~ x")
    }

    @Test func theReaderSelectionNamesASearchOnlyWhereTheReaderSearches() {
        #expect(ConfluenceDataSource.Selector.space(key: "ARCH").readerSelection
                == "the current pages listed in space ARCH, whether the space is archived or not (not searched)")
        #expect(ConfluenceDataSource.Selector.pageIDs(["65705", "65740"]).readerSelection == "pages 65705,65740, each fetched by id")
        #expect(ConfluenceDataSource.Selector.label("runbook").readerSelection == #"by search: type="page" AND label="runbook""#)
        #expect(ConfluenceDataSource.Selector.cql("space = ENG").readerSelection == "by search: space = ENG")
        let hidden = ConfluenceDataSource.Selector.cql("title = \"abc\u{202E}def\u{200B}\u{85}x\"")
        #expect(hidden.readerSelection == #"by search: title = "abc<U+202E>def<U+200B><U+0085>x""#, "shown, not dropped")
        #expect(hidden.description == #"CQL title = "abc<U+202E>def<U+200B><U+0085>x""#)
        #expect(hidden.equivalentCQL == "title = \"abc\u{202E}def\u{200B}\u{85}x\"", "the query itself is left as it is")
    }

    @Test func pageIDListSplitsAndJoins() {
        #expect(PageIDList.split(" 1, 2 ,,3 ") == ["1", "2", "3"])
        #expect(PageIDList.join(["1", "2"]) == "1,2")
    }

    @Test func aPageIDIsASCIIDigitsOnly() {
        #expect(PageIDList.isPageID("65601"))
        for bad in ["", "abc", "12a", " 12", "-1", "١٢"] {
            #expect(!PageIDList.isPageID(bad), "\(bad)")
        }
    }

    @Test func descriptionsAreShort() {
        #expect(ConfluenceDataSource.Selector.pageIDs(["1"]).description == "page 1")
        #expect(ConfluenceDataSource.Selector.pageIDs(["1", "2"]).description == "2 page ids")
        #expect(ConfluenceDataSource.Selector.pageIDs((1...48_805).map(String.init)).description == "48,805 page ids")
        #expect(ConfluenceDataSource.Selector.space(key: "ENG").description == "space ENG")
    }

    @Test func aSelectorKnowsWhyItCouldSelectNothing() {
        typealias Selector = ConfluenceDataSource.Selector
        #expect(Selector.label("two words").problem == #"label "two words" has whitespace, which a Confluence label never has"#)
        #expect(Selector.label(#"a"b"#).problem?.contains("which a Confluence label never has") == true)
        #expect(Selector.space(key: "A B").problem?.hasPrefix(#"space_key "A B" has whitespace"#) == true)
        #expect(Selector.space(key: "EV\u{1B}]0;x\u{7}IL\u{202E}").problem
            == #"space_key "EV<U+001B>]0;x<U+0007>IL<U+202E>" holds a control or invisible formatting character, which a space key never has"#)
        #expect(Selector.label("run\u{200B}book").problem?.hasPrefix(#"label "run<U+200B>book" holds a control"#) == true)
        #expect(Selector.pageIDs(["12", "x"]).problem?.hasSuffix(#""x" is not"#) == true)
        #expect(Selector.cql("  ").problem?.hasPrefix("cql is empty") == true)
        #expect([Selector.label("runbook"), .space(key: "ENG"), .pageIDs(["1", "2"]), .cql("label = x")].allSatisfy { $0.problem == nil })
    }

    @Test func aDefinitionBreaksTheSameRulesItsSelectorDoes() {
        var component = Fixtures.full.component
        component.select(.label("two words"))
        let definition = DataSourceDefinition(name: "spaced", account: nil, component: component)
        #expect(definition.validationIssues().map(\.sentence) == [ConfluenceDataSource.Selector.label("two words").problem])
    }
}
