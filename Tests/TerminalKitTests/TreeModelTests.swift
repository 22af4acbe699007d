import Testing
import TerminalKit

struct TreeModelTests {
    static func sample() -> TreeModel<Int> {
        var tree = TreeModel<Int>()
        tree.setRoots([
            TreeNode(id: 1, title: "Home", childCount: 2),
            TreeNode(id: 2, title: "Leaf", childCount: 0),
            TreeNode(id: 3, title: "Archive", icon: "▣"),
        ])
        return tree
    }

    /// The sample with Home expanded to Child A (10), itself expanded to a leaf Grandchild (30).
    static func twoLevelsOpen() -> TreeModel<Int> {
        var tree = sample()
        tree.expand(1)
        tree.setChildren([TreeNode(id: 10, title: "Child A")], of: 1)
        tree.expand(10)
        tree.setChildren([TreeNode(id: 30, title: "Grandchild", childCount: 0)], of: 10)
        return tree
    }

    static func draw(_ tree: TreeModel<Int>, width: Int = 16, height: Int = 5, frame: Int = 0, theme: Theme = Theme()) -> Grid {
        var grid = Grid(width: width, height: height)
        tree.render(into: &grid, in: grid.bounds, focused: true, theme: theme, spinnerFrame: frame)
        return grid
    }

    @Test func rootsLoadingAndFailureAreRows() {
        var tree = TreeModel<Int>()
        #expect(tree.rows.isEmpty)
        tree.setRootsLoading()
        #expect(Self.draw(tree, frame: 1).text == "⠙ loading…\n\n\n\n")
        tree.setRootsFailed("HTTP 500\u{1B}[2J")
        #expect(Self.draw(tree).text == "✗ HTTP 500\n\n\n\n")
    }

    @Test func collapsedRowsShowMarkersCountsAndIcons() {
        let tree = Self.sample()
        #expect(Self.draw(tree).text == """
        ▸ Home         2
          Leaf
        ▸ ▣ Archive


        """)
    }

    @Test func expandLoadsLazilyWithSpinner() {
        var tree = Self.sample()
        let result1 = tree.expand(1)
        #expect(result1 == .needsLoad)
        #expect(tree.nodes[1]?.children == .loading)
        #expect(Self.draw(tree, frame: 2).text.hasPrefix("⠹ Home"))
        tree.setChildren([TreeNode(id: 10, title: "Child A", childCount: 0),
                          TreeNode(id: 11, title: "Child B 中文")], of: 1)
        #expect(Self.draw(tree).text == """
        ▾ Home         2
            Child A
          ▸ Child B 中文
          Leaf
        ▸ ▣ Archive
        """)
        let result2 = tree.expand(2)
        #expect(result2 == .leaf)
        let result3 = tree.expand(99)
        #expect(result3 == .unknown)
        tree.collapse(1)
        let result4 = tree.expand(1)
        #expect(result4 == .expanded)
    }

    /// A server whose tree changed between two loads (Home moved under its own child) must not make the tree loop:
    /// flattening it once hung the app.
    @Test func aNodeListedUnderItsOwnDescendantIsLeftOut() {
        var tree = Self.sample()
        tree.expand(1)
        tree.setChildren([TreeNode(id: 10, title: "Child A")], of: 1)
        tree.expand(10)
        tree.setChildren([TreeNode(id: 1, title: "Home again"), TreeNode(id: 12, title: "Grandchild", childCount: 0)], of: 10)
        #expect(tree.rows.count == 5, "Home, Child A, Grandchild, Leaf, Archive")
        #expect(Self.draw(tree, height: 6).text == """
        ▾ Home         1
          ▾ Child A    1
              Grandchild
          Leaf
        ▸ ▣ Archive

        """)
    }

    /// A page that moved to another parent starts afresh there, and shows once.
    @Test func aMovedNodeShowsOnceAndStartsCollapsed() {
        var tree = Self.twoLevelsOpen()
        tree.expand(3)
        tree.setChildren([TreeNode(id: 10, title: "Child A, moved")], of: 3)
        let titles = tree.rows.compactMap { row -> Int? in if case .node(let id) = row.kind { id } else { nil } }
        #expect(titles.filter { $0 == 10 }.count == 1)
        #expect(tree.nodes[10]?.isExpanded == false)
    }

    @Test func failedLoadShowsErrorRowAndRetries() {
        var tree = Self.sample()
        tree.expand(3)
        tree.setFailed(3, message: "timed out")
        #expect(Self.draw(tree, theme: Theme(border: .ascii)).text == """
        + Home         2
          Leaf
        - ▣ Archive
          x timed out

        """)
        let result5 = tree.expand(3)
        #expect(result5 == .needsLoad)
    }

    @Test func collapseSelectsNearestVisibleAncestor() {
        var tree = Self.sample()
        tree.expand(1)
        tree.setChildren([TreeNode(id: 10, title: "A"), TreeNode(id: 11, title: "B")], of: 1)
        tree.expand(11)
        tree.setChildren([TreeNode(id: 20, title: "Deep", childCount: 0)], of: 11)
        let result6 = tree.select(id: 20, viewportHeight: 10)
        #expect(result6)
        #expect(tree.selectedRow?.depth == 2)
        tree.collapse(1)
        #expect(tree.selectedID == 1)
        tree.expand(1)
        #expect(tree.rows.count == 6)
        let result7 = tree.select(id: 20, viewportHeight: 10)
        #expect(result7)
        tree.collapseOrSelectParent(viewportHeight: 10)
        #expect(tree.selectedID == 11)
        tree.collapseOrSelectParent(viewportHeight: 10)
        #expect(tree.selectedID == 11)
        #expect(tree.nodes[11]?.isExpanded == false)
        tree.collapseOrSelectParent(viewportHeight: 10)
        #expect(tree.selectedID == 1)
        tree.collapseOrSelectParent(viewportHeight: 10)
        tree.collapseOrSelectParent(viewportHeight: 10)
        #expect(tree.selectedID == 1)
        #expect(tree.rows.count == 3)
    }

    @Test func refreshKeepsExpandedDescendants() {
        var tree = Self.twoLevelsOpen()
        tree.setChildren([TreeNode(id: 10, title: "A renamed"), TreeNode(id: 12, title: "New")], of: 1)
        #expect(tree.rows.compactMap(\.nodeID) == [1, 10, 30, 12, 2, 3])
        #expect(tree.nodes[10]?.title == "A renamed")
        tree.expand(12)
        tree.setChildren([TreeNode(id: 10, title: "A"), TreeNode(id: 12, title: "New")], of: 1)
        #expect(tree.nodes[12]?.children == .loading)
        tree.setChildren([TreeNode(id: 10, title: "A", childCount: 0), TreeNode(id: 12, title: "New")], of: 1)
        #expect(tree.rows.compactMap(\.nodeID) == [1, 10, 12, 2, 3])
    }

    @Test func movementAndScrolling() {
        var tree = TreeModel<Int>()
        tree.setRoots((0..<20).map { TreeNode(id: $0, title: "n\($0)", childCount: 0) })
        tree.moveSelection(by: 7, viewportHeight: 5)
        #expect(tree.selectedID == 7)
        #expect(tree.scrollOffset == 3)
        #expect(Self.draw(tree, width: 6, height: 5).text == "  n3\n  n4\n  n5\n  n6\n  n7")
        tree.selectLast(viewportHeight: 5)
        #expect(tree.selectedID == 19)
        tree.selectFirst(viewportHeight: 5)
        #expect(tree.scrollOffset == 0)
        let clicked = tree.selectRow(atViewportOffset: 3, viewportHeight: 5)
        #expect(clicked && tree.selectedID == 3)
        let outside = tree.selectRow(atViewportOffset: 5, viewportHeight: 5)
        #expect(!outside && tree.selectedID == 3)
    }

    @Test func longTitlesAreTruncatedAndTinyRectsAreSafe() {
        var tree = TreeModel<String>()
        tree.setRoots([TreeNode(id: "a", title: "A very long page title 日本語", childCount: 120)])
        var grid = Grid(width: 14, height: 1)
        tree.render(into: &grid, in: grid.bounds, focused: true, theme: Theme(), spinnerFrame: 0)
        #expect(grid.text == "▸ A very…  120")
        for width in 0...3 {
            var small = Grid(width: width, height: 1)
            tree.render(into: &small, in: small.bounds, focused: false, theme: Theme(), spinnerFrame: -3)
        }
    }
}

/// Selecting a far row can bring it to the middle of the view, with the rows before it.
struct TreeCenteredSelectionTests {
    @Test func aFarRowSelectedCenteredLandsMidView() {
        var model = TreeModel<Int>()
        model.setRoots((0..<100).map { TreeNode(id: $0, title: "row \($0)", childCount: 0) })
        let found = model.select(id: 60, viewportHeight: 10, centered: true)
        #expect(found && model.scrollOffset == 55)
        model.select(id: 58, viewportHeight: 10, centered: true)
        #expect(model.scrollOffset == 55, "a row already in view does not move the view")
        var plain = TreeModel<Int>()
        plain.setRoots((0..<100).map { TreeNode(id: $0, title: "row \($0)", childCount: 0) })
        plain.select(id: 60, viewportHeight: 10)
        #expect(plain.scrollOffset == 51)
    }
}
