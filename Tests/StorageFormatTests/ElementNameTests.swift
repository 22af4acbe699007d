import Testing
@testable import StorageFormat

/// Tag names are spelled out per case; the index finds every element from its tag name in any case.
struct ElementNameTests {
    @Test func htmlTagNamesAreTheCaseNames() {
        for name in ElementName.allCases where name != .unknown && !name.isConfluence {
            #expect(name.tagName == String(describing: name))
        }
    }

    @Test func indexFindsEveryTagName() {
        for name in ElementName.allCases where name != .unknown {
            let hash = name.tagName.uppercased().utf8.reduce(ElementName.hashSeed, ElementName.hash(_:adding:))
            #expect(ElementName.Index.shared.name(hash: hash) == name, "\(name.tagName)")
        }
    }
}
