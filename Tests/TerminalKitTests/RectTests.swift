import Testing
import TerminalKit

struct RectTests {
    @Test func negativeSizesClampToZero() {
        let rect = Rect(x: 3, y: 4, width: -2, height: -9)
        #expect(rect.width == 0 && rect.height == 0 && rect.isEmpty)
        var mutable = Rect(x: 0, y: 0, width: 4, height: 4)
        mutable.width -= 10
        #expect(mutable.width == 0)
        #expect(Rect(x: 0, y: 0, width: 4, height: 4).inset(by: 3).isEmpty)
    }

    @Test func intersectionAndContainment() {
        let a = Rect(x: 0, y: 0, width: 10, height: 5)
        let b = Rect(x: 7, y: 3, width: 10, height: 10)
        #expect(a.intersection(b) == Rect(x: 7, y: 3, width: 3, height: 2))
        #expect(a.intersection(Rect(x: 20, y: 20, width: 1, height: 1)).isEmpty)
        #expect(a.contains(x: 9, y: 4))
        #expect(!a.contains(x: 10, y: 4))
    }

    @Test func splitsAndCentring() {
        let rect = Rect(x: 2, y: 1, width: 10, height: 6)
        #expect(rect.splitColumns(at: 4) == (Rect(x: 2, y: 1, width: 4, height: 6), Rect(x: 6, y: 1, width: 6, height: 6)))
        #expect(rect.splitColumns(at: 40).right.isEmpty)
        #expect(rect.splitRows(at: -1).top.isEmpty)
        #expect(rect.splitRows(at: 2).bottom == Rect(x: 2, y: 3, width: 10, height: 4))
        #expect(rect.centered(width: 4, height: 2) == Rect(x: 5, y: 3, width: 4, height: 2))
        #expect(rect.centered(width: 40, height: 20) == rect)
        // A margin of one cell on a side would double the border behind the box: it takes the whole extent then.
        #expect(rect.centered(width: 8, height: 2) == Rect(x: 2, y: 3, width: 10, height: 2))
        #expect(rect.centered(width: 7, height: 6) == Rect(x: 2, y: 1, width: 10, height: 6))
        #expect(rect.centered(width: 6, height: 2) == Rect(x: 4, y: 3, width: 6, height: 2))
        #expect(rect.row(5) == Rect(x: 2, y: 6, width: 10, height: 1))
        #expect(rect.row(6).isEmpty)
        #expect(rect.inset(top: 1, left: 2, bottom: 0, right: 3) == Rect(x: 4, y: 2, width: 5, height: 5))
    }
}
