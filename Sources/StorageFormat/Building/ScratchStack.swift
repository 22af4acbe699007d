/// The items of nested constructs still being built, innermost last: a construct notes the count when it
/// opens, owns every item above it, and moves them out as one array of exact size when it closes, so its
/// items are never copied into growing arrays of their own.
///
/// - Note: The items live in one buffer allocated at the first push (a stack never pushed to allocates nothing)
///   and owned by one builder, which frees it with `release()` when its parse ends: a plain allocation, with no
///   object to count references to and destroy. A stack is never copied, so it is changed in place.
struct ScratchStack<Element> {
    private var elements: UnsafeMutablePointer<Element>?
    private var capacity = 0
    /// How many items the open constructs hold.
    private(set) var count = 0

    /// Pushes an item for the innermost construct.
    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow() }
        (elements.unsafelyUnwrapped + count).initialize(to: element)
        count += 1
    }

    /// The item at `index`.
    subscript(index: Int) -> Element {
        @inline(__always) get {
            precondition(index >= 0 && index < count)
            return elements.unsafelyUnwrapped[index]
        }
        @inline(__always) set {
            precondition(index >= 0 && index < count)
            elements.unsafelyUnwrapped[index] = newValue
        }
    }

    /// The top item, or nil when the stack is empty.
    var last: Element? { count > 0 ? self[count - 1] : nil }

    /// Removes and returns the top item, or nil when the stack is empty.
    @inline(__always)
    mutating func popLast() -> Element? {
        guard count > 0 else { return nil }
        count -= 1
        return (elements.unsafelyUnwrapped + count).move()
    }

    /// Calls `body` with the items from `start` up.
    @inline(__always)
    mutating func withItems<Result>(from start: Int, _ body: (UnsafeMutableBufferPointer<Element>) -> Result)
        -> Result {
        precondition(start >= 0 && start <= count)
        guard let elements else { return body(UnsafeMutableBufferPointer(start: nil, count: 0)) }
        return body(UnsafeMutableBufferPointer(start: elements + start, count: count - start))
    }

    /// Calls `body` with the top item to change in place; the stack must not be empty.
    @inline(__always)
    mutating func withLast<Result>(_ body: (inout Element) -> Result) -> Result {
        withItems(from: count - 1) { body(&$0[0]) }
    }

    /// Removes the items from `start` up and returns those in `kept` (offsets from `start`), dropping the rest.
    mutating func take(from start: Int, keeping kept: Range<Int>) -> [Element] {
        precondition(start >= 0 && kept.lowerBound >= 0 && start + kept.upperBound <= count)
        guard let elements else { return [] }
        let after = count - start - kept.upperBound
        count = start
        let first = elements + start
        if kept.lowerBound > 0 { first.deinitialize(count: kept.lowerBound) }
        if after > 0 { (first + kept.upperBound).deinitialize(count: after) }
        // Short runs, the most common, as literals: their buffer is allocated most directly.
        let items = first + kept.lowerBound
        switch kept.count {
        case 1: return [items.move()]
        case 2: return [items.move(), (items + 1).move()]
        default: return Array(Moving(position: items, end: first + kept.upperBound))
        }
    }

    /// Removes the items from `start` up and returns them.
    mutating func take(from start: Int) -> [Element] {
        take(from: start, keeping: 0..<max(0, count - start))
    }

    /// Drops the items from `start` up.
    mutating func discard(from start: Int) {
        precondition(start >= 0 && start <= count)
        guard start < count else { return }
        elements.unsafelyUnwrapped.advanced(by: start).deinitialize(count: count - start)
        count = start
    }

    /// Drops the items left, if any, and frees the buffer; the stack is empty and can be used again.
    mutating func release() {
        guard let elements else { return }
        elements.deinitialize(count: count)
        elements.deallocate()
        self = ScratchStack()
    }

    /// Doubles the room, starting under malloc's 1 KiB large-request size (as the parser's stacks).
    private mutating func grow() {
        capacity = max(capacity * 2, max(1, 768 / MemoryLayout<Element>.stride))
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
        if let elements {
            grown.moveInitialize(from: elements, count: count)
            elements.deallocate()
        }
        elements = grown
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
