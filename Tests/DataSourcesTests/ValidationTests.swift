import DataSources
import Testing

struct ValidationTests {
    private func sentences(_ change: (inout DataSourceDefinition) -> Void) -> [String] {
        var definition = Fixtures.full
        change(&definition)
        return definition.validationIssues().map(\.sentence)
    }

    @Test func validDefinitionsHaveNoIssues() throws {
        #expect(Fixtures.full.validationIssues().isEmpty)
        #expect(Fixtures.minimal.validationIssues().isEmpty)
        try Fixtures.full.validate()
    }

    @Test func zeroSelectorsAreReported() {
        #expect(sentences { $0.component.spaceKey = nil } == ["a definition needs one selector: space_key, page_ids, label or cql"])
    }

    @Test func severalSelectorsAreReportedByNameAndKept() {
        var definition = Fixtures.full
        definition.component.label = "howto"
        definition.component.cql = "type = page"
        #expect(definition.validationIssues().map(\.sentence) == [
            "a definition takes exactly one selector, but this one sets space_key, label and cql; keep one of them",
        ])
        #expect(definition.component.spaceKey == "ENG" && definition.component.label == "howto" && definition.component.cql == "type = page")
        #expect(throws: DefinitionValidationError.self) { try definition.validate() }
    }

    @Test func validateThrowsAllIssuesInOneSentence() {
        var definition = Fixtures.full
        definition.name = "bad name"
        definition.component.spaceKey = nil
        #expect {
            try definition.validate()
        } throws: { error in
            (error as? DefinitionValidationError)?.description == "the definition \"bad name\" is not valid: the definition name \"bad name\" has a space; a definition name uses ASCII letters, digits, '.', '-' and '_', starts with a letter or digit, and has at most 64 characters; a definition needs one selector: space_key, page_ids, label or cql"
        }
    }

    @Test(arguments: [
        ("ftp://example.com", "server_url: ftp://example.com is not an http or https URL"),
        ("", "server_url is empty; give the site's address, such as https://example.atlassian.net/wiki"),
        ("example.com/wiki", "server_url \"example.com/wiki\" is not a URL; give the site's address, such as https://example.atlassian.net/wiki"),
        ("https://me:hunter2@example.com", "server_url: the site address holds a user name or password; give the user and the secret separately, never in the address"),
        ("https:///wiki", "server_url: https:///wiki has no host"),
        ("https://example.com:99999/wiki", "server_url: the port 99999 of https://example.com:99999/wiki is not one from 1 to 65535"),
    ])
    func serverURLMustBeHTTP(url: String, sentence: String) {
        #expect(sentences { $0.component.serverURL = url } == [sentence])
    }

    @Test func serverURLSentencesNeverShowAPassword() {
        let all = sentences { $0.component.serverURL = "notaurl://me:hunter2@" }
            + sentences { $0.component.serverURL = "bad url://me:hunter2@host/x" }
        #expect(!all.isEmpty)
        #expect(all.allSatisfy { !$0.contains("hunter2") })
    }

    @Test(arguments: [
        ("1,2,3", nil),
        ("42", nil),
        ("1, 2", "page_ids must be page ids (digits) separated by commas, such as 123,456; \" 2\" is not"),
        ("1,,2", "page_ids has an empty item; separate page ids by single commas, such as 123,456"),
        ("1,2,", "page_ids has an empty item; separate page ids by single commas, such as 123,456"),
        ("", "page_ids is empty; give page ids separated by commas, such as 123,456"),
        ("12a", "page_ids must be page ids (digits) separated by commas, such as 123,456; \"12a\" is not"),
        ("١٢", "page_ids must be page ids (digits) separated by commas, such as 123,456; \"١٢\" is not"),
        ("5,6,5", "page_ids lists 5 more than once"),
    ] as [(String, String?)])
    func pageIDsMustBeCommaSeparatedDigits(pageIDs: String, sentence: String?) {
        let found = sentences {
            $0.component.spaceKey = nil
            $0.component.pageIDs = pageIDs
        }
        #expect(found == (sentence.map { [$0] } ?? []))
    }

    @Test func emptyAndSpacedSelectorValuesAreReported() {
        #expect(sentences { $0.component.spaceKey = "" } == ["space_key is empty"])
        #expect(sentences { $0.component.spaceKey = "MY SPACE" } == ["space_key \"MY SPACE\" has whitespace, which a space key never has"])
        #expect(sentences {
            $0.component.spaceKey = nil
            $0.component.label = "two words"
        } == ["label \"two words\" has whitespace, which a Confluence label never has"])
        #expect(sentences {
            $0.component.spaceKey = nil
            $0.component.cql = "  \n"
        } == ["cql is empty; write a query, such as space = ENG AND type = page"])
    }

    @Test func labelsWithAQuoteOrABackslashAreReported() {
        #expect(sentences {
            $0.component.spaceKey = nil
            $0.component.label = #"say"hi"#
        } == [#"label "say"hi" has '"', which a Confluence label never has"#])
        #expect(sentences {
            $0.component.spaceKey = nil
            $0.component.label = #"a\b""#
        } == [#"label "a\b"" has '"' and '\', which a Confluence label never has"#])
    }

    @Test func personalSpaceKeysAreAccepted() {
        #expect(sentences { $0.component.spaceKey = "~5b1234abcd" }.isEmpty)
    }

    @Test(arguments: [
        ("eng-docs", true), ("a", true), ("Team_1.v2", true), ("9lives", true),
        ("", false), (".hidden", false), ("-dash", false), ("a/b", false), ("a b", false),
        ("..", false), ("é", false), (String(repeating: "x", count: 65), false), (String(repeating: "x", count: 64), true),
    ])
    func namesAreFileNameSafe(name: String, valid: Bool) {
        #expect(DefinitionName.isValid(name) == valid)
    }

    @Test(arguments: [
        ("ENG", "eng"), ("~alice", "alice"), ("Release notes 2.1 (draft)", "release-notes-2.1-draft"), ("runbook", "runbook"),
        ("Été 2024 — plan", "ete-2024-plan"), ("_x", "x"), ("日本語", nil), ("", nil), (String(repeating: "ab ", count: 40), nil),
    ] as [(String, String?)])
    func aNameIsSuggestedFromWhatIsSelected(text: String, name: String?) {
        let suggested = DefinitionName.suggestion(from: text)
        if let name {
            #expect(suggested == name)
        } else if let suggested {
            #expect(DefinitionName.isValid(suggested) && suggested.count <= DefinitionName.maximumLength)
        }
    }

    @Test func nameSentencesSayWhatIsWrong() {
        #expect(DefinitionName.problem("a/b") == "the definition name \"a/b\" has a '/'; a definition name uses ASCII letters, digits, '.', '-' and '_', starts with a letter or digit, and has at most 64 characters")
        #expect(DefinitionName.problem(".x")?.hasPrefix("the definition name \".x\" starts with \".\"") == true)
        #expect(DefinitionName.problem("ü")?.hasPrefix("the definition name \"ü\" has") == true, "not ASCII, wherever it stands")
        #expect(DefinitionName.problem("")?.hasPrefix("the definition name is empty") == true)
        #expect(DefinitionName.problem("a\u{7}b")?.contains("a control character") == true)
    }

    @Test func emptyAccountAndUserAreReported() {
        #expect(sentences { $0.account = " " } == ["account is empty; name an account or leave the field out"])
        #expect(sentences { $0.component.userName = "" } == ["user_name is empty; give the user or leave the field out"])
    }

    /// A copy's suggested name is free and allowed: numbered past the copies there are, the original shortened to fit.
    @Test func aCopysSuggestedNameIsFreeAndAllowed() {
        #expect(DefinitionName.copyName(of: "eng", taken: ["eng"]) == "eng-copy")
        #expect(DefinitionName.copyName(of: "eng", taken: ["eng", "eng-copy", "eng-copy-2"]) == "eng-copy-3")
        let long = String(repeating: "a", count: DefinitionName.maximumLength)
        let copy = DefinitionName.copyName(of: long, taken: [long])
        #expect(copy.count == DefinitionName.maximumLength && copy.hasSuffix("a-copy") && DefinitionName.isValid(copy))
    }
}
