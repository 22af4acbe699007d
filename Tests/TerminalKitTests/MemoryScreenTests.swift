import Testing
import TerminalKit

@MainActor
struct MemoryScreenTests {
    @Test func scriptedKeysResizeAndFrames() {
        let screen = MemoryScreen(width: 20, height: 4)
        screen.enqueue([.char("j"), .down])
        screen.resize(width: 10, height: 2)
        #expect(screen.readKey(timeoutMilliseconds: -1) == .char("j"))
        #expect(screen.readKey(timeoutMilliseconds: -1) == .down)
        #expect(screen.readKey(timeoutMilliseconds: -1) == .resize)
        #expect(screen.readKey(timeoutMilliseconds: -1) == nil)
        #expect(screen.width == 10 && screen.height == 2)
        var grid = Grid(width: screen.width, height: screen.height)
        grid.drawText("hi", x: 0, y: 0)
        let drawn: any TerminalScreen = screen
        drawn.present(grid)
        drawn.copyToClipboard("id 42")
        #expect(screen.frameCount == 1)
        #expect(screen.lastGrid?.text == "hi\n")
        #expect(screen.clipboard == ["id 42"])
    }

    @Test func keyStreamDeliversQueuedAndLaterKeysThenFinishes() async {
        let screen = MemoryScreen(width: 10, height: 3)
        screen.enqueue([.char("a")])
        var iterator = screen.keys().makeAsyncIterator()
        screen.enqueue([.char("b")])
        let first = await iterator.next()
        let second = await iterator.next()
        #expect(first == .char("a") && second == .char("b"))
        screen.close()
        let end = await iterator.next()
        #expect(end == nil)
        screen.enqueue([.char("c")])
        screen.present(Grid(width: 1, height: 1))
        #expect(screen.frameCount == 0)
    }
}
