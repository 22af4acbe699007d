/// The items of nested constructs still being built, innermost last: a construct notes the count when it
/// opens, owns every item above it, and moves them out as one array of exact size when it closes, so its
/// items are never copied into growing arrays of their own.
final class ScratchStack<Element> {
    private var elements: UnsafeMutablePointer<Element>?
    private var capacity = 0
    /// How many items the open constructs hold.
    private(set) var count = 0

    deinit {
        elements?.deinitialize(count: count)
        elements?.deallocate()
    }

    /// Pushes an item for the innermost construct.
    @inline(__always)
    func append(_ element: consuming Element) {
        if count == capacity { grow() }
        (elements.unsafelyUnwrapped + count).initialize(to: element)
        count += 1
    }

    /// Calls `body` with the top item to change in place; the stack must not be empty.
    @inline(__always)
    func withLast<Result>(_ body: (inout Element) -> Result) -> Result {
        precondition(count > 0)
        return body(&elements.unsafelyUnwrapped[count - 1])
    }

    /// Calls `body` with the items from `start` up.
    @inline(__always)
    func withItems<Result>(from start: Int, _ body: (UnsafeMutableBufferPointer<Element>) -> Result) -> Result {
        precondition(start >= 0 && start <= count)
        return body(UnsafeMutableBufferPointer(start: elements.map { $0 + start }, count: count - start))
    }

    /// Removes the items from `start` up and returns those in `kept` (offsets from `start`), dropping the rest.
    func take(from start: Int, keeping kept: Range<Int>) -> [Element] {
        precondition(start >= 0 && kept.lowerBound >= 0 && start + kept.upperBound <= count)
        guard let elements else { return [] }
        let first = elements + start
        let after = count - start - kept.upperBound
        if kept.lowerBound > 0 { first.deinitialize(count: kept.lowerBound) }
        if after > 0 { (first + kept.upperBound).deinitialize(count: after) }
        count = start
        return Array(Moving(position: first + kept.lowerBound, end: first + kept.upperBound))
    }

    /// Removes the items from `start` up and returns them.
    func take(from start: Int) -> [Element] {
        take(from: start, keeping: 0..<max(0, count - start))
    }

    /// Drops the items from `start` up.
    func discard(from start: Int) {
        precondition(start >= 0 && start <= count)
        guard start < count else { return }
        elements?.advanced(by: start).deinitialize(count: count - start)
        count = start
    }

    /// Doubles the room, starting under malloc's 1 KiB large-request size (as the parser's stacks).
    private func grow() {
        let newCapacity = max(capacity * 2, max(1, 768 / MemoryLayout<Element>.stride))
        let newElements = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        if let elements {
            newElements.moveInitialize(from: elements, count: count)
            elements.deallocate()
        }
        elements = newElements
        capacity = newCapacity
    }

    /// Items moved out of memory as they are iterated, each once: `Array.init` sizes its buffer from the exact
    /// `underestimatedCount` (`Array(unsafeUninitializedCapacity:)` allocates through unspecialized library
    /// code, and `reserveCapacity` through the general regrowth path).
    private struct Moving: Sequence, IteratorProtocol {
        var position: UnsafeMutablePointer<Element>
        let end: UnsafeMutablePointer<Element>

        var underestimatedCount: Int { end - position }

        mutating func next() -> Element? {
            guard position < end else { return nil }
            defer { position += 1 }
            return position.move()
        }
    }
}
