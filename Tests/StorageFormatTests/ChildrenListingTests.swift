import StorageFormat
import Testing

/// The `children` macro's parameters (depth, all, sort, reverse, first) shape the listing every renderer shows.
struct ChildrenListingTests {
    /// A `children` macro with `parameters` (name, value).
    private func macro(_ parameters: [(String, String)]) -> String {
        "<ac:structured-macro ac:name=\"children\">"
            + parameters.map { "<ac:parameter ac:name=\"\($0.0)\">\($0.1)</ac:parameter>" }.joined()
            + "</ac:structured-macro>"
    }

    /// Two children, the first with two children of its own, one of which has a child.
    private let pages = [
        ChildPage(title: "Setup", children: [ChildPage(title: "macOS", children: [ChildPage(title: "Homebrew")]),
                                             ChildPage(title: "Linux")]),
        ChildPage(title: "Architecture"),
    ]

    private func plainListing(_ parameters: [(String, String)]) -> String {
        plain(macro(parameters), options: RenderOptions(childPages: pages))
    }

    @Test func parametersAreReadAsConfluenceReadsThem() {
        #expect(parse(macro([])).childrenListing == ChildrenListing(depth: 1))
        #expect(parse(macro([("all", "true")])).childrenListing == ChildrenListing(depth: nil))
        #expect(parse(macro([("all", "true"), ("depth", "2")])).childrenListing == ChildrenListing(depth: 2))
        #expect(parse(macro([("sort", "creation"), ("reverse", "true"), ("first", "3")])).childrenListing
            == ChildrenListing(order: .creation, isReversed: true, first: 3))
        #expect(parse(macro([("sort", "modified")])).childrenListing == ChildrenListing(order: .modified))
        #expect(parse(macro([]) + macro([("depth", "5")])).childrenListing == ChildrenListing(depth: 1), "the first macro lists")
        #expect(ChildrenListing(depth: nil).fetchedLevels == ChildrenListing.fetchedLevelLimit)
        #expect(parse(macro([("depth", "zero"), ("first", "-2"), ("sort", "colour")])).childrenListing == ChildrenListing())
    }

    @Test func theShownTopLevelIsOrderedReversedAndCutForCallersThatFetch() {
        let ids = [(3, "beta"), (1, "Alpha"), (2, "gamma")]
        let listing = ChildrenListing(order: .title, isReversed: true, first: 2)
        #expect(listing.shown(ids, title: \.1).map(\.0) == [2, 3])
        #expect(ChildrenListing(first: 1).shown(ids, title: \.1).map(\.0) == [3], "the site's order, cut")
        #expect(ChildrenListing().shown(ids, title: \.1).map(\.0) == [3, 1, 2])
    }

    @Test func parametersNeverLeakIntoTheText() {
        let text = plain(macro([("depth", "2"), ("sort", "creation"), ("first", "7"), ("style", "h4")]))
        #expect(text == "[children]")
    }

    @Test func depthListsThatManyLevels() {
        #expect(plainListing([]) == "[children: Setup, Architecture]")
        #expect(plainListing([("depth", "2")]) == "[children: Setup (macOS, Linux), Architecture]")
        #expect(plainListing([("all", "true")]) == "[children: Setup (macOS (Homebrew), Linux), Architecture]")
    }

    @Test func titleSortReverseAndFirstApply() {
        #expect(plainListing([("sort", "title")]) == "[children: Architecture, Setup]")
        #expect(plainListing([("sort", "title"), ("reverse", "true"), ("depth", "2")])
            == "[children: Setup (macOS, Linux), Architecture]")
        #expect(plainListing([("depth", "2"), ("reverse", "true")]) == "[children: Architecture, Setup (Linux, macOS)]")
        #expect(plainListing([("first", "1"), ("depth", "2")]) == "[children: Setup (macOS, Linux)]")
    }

    @Test func creationAndModifiedOrdersKeepTheCallersOrder() {
        #expect(plainListing([("sort", "creation")]) == "[children: Setup, Architecture]")
        #expect(plainListing([("sort", "modified"), ("reverse", "true")]) == "[children: Architecture, Setup]")
    }

    @Test func markdownNestsTheLevels() {
        let source = macro([("all", "true")])
        #expect(markdown(source, options: RenderOptions(childPages: pages))
            == "\\[children\\]\n- Setup\n  - macOS\n    - Homebrew\n  - Linux\n- Architecture\n")
    }

    @Test func terminalTextNamesTheLevelsInParentheses() {
        #expect(terminal(macro([("depth", "2")]), options: RenderOptions(childPages: pages))
            == ["[children: Setup (macOS, Linux), Architecture]"])
    }

    @Test func onlyTheFirstChildrenMacroListsThePagesEvenInTableCells() {
        let cell = "<table><tr><td><p>x</p>" + macro([]) + "</td></tr></table>"
        let options = RenderOptions(childPages: pages)
        let before = plain(macro([]) + cell, options: options)
        #expect(before.hasPrefix("[children: Setup, Architecture]\n") && before.hasSuffix("x\n\n[children]"))
        let after = plain(cell + macro([]), options: options)
        #expect(after.hasPrefix("x\n\n[children: Setup, Architecture]\n") && after.hasSuffix("\n\n[children]"))
        #expect(markdown(macro([]) + macro([]), options: options) == "\\[children\\]\n- Setup\n- Architecture\n\n\\[children\\]\n")
        #expect(terminal(macro([]) + macro([]), options: options) == ["[children: Setup, Architecture]", "", "[children]"])
    }

    @Test func aMacroNamingAnotherPageListsNothing() {
        let elsewhere = "<ac:structured-macro ac:name=\"children\"><ac:parameter ac:name=\"page\"><ac:link><ri:page ri:content-title=\"Runbooks\" /></ac:link></ac:parameter></ac:structured-macro>"
        #expect(parse(elsewhere).childrenListing == nil)
        #expect(plain(elsewhere, options: RenderOptions(childPages: pages)) == "[children: Runbooks]")
    }
}
