import ConfluenceKit
import Testing

struct SpaceNameOrderTests {
    @Test func spacesSortByNameIgnoringCaseThenByKey() {
        let spaces = [
            Space(id: nil, key: "OPS", name: "operations"),
            Space(id: nil, key: "ENG2", name: "Engineering"),
            Space(id: nil, key: "ARCH", name: "Archive 10"),
            Space(id: nil, key: "ENG", name: "engineering"),
            Space(id: nil, key: "OLD", name: "Archive 9"),
        ]
        #expect(spaces.sortedByName().map(\.key) == ["OLD", "ARCH", "ENG", "ENG2", "OPS"])
    }
}
