/// The items of nested constructs still being built, innermost last: a construct notes the count when it
/// opens, owns every item above it, and moves them out as one array of exact size when it closes, so its
/// items are never copied into growing arrays of their own.
///
/// - Note: The items live in one buffer allocated at the first push (a stack never pushed to allocates nothing)
///   and owned by one builder; a stack is never copied, so it is changed in place without uniqueness checks.
struct ScratchStack<Element> {
    /// The items, their count in the header (kept in step with `count`) so the room frees the items it holds.
    private final class Room: ManagedBuffer<Int, Element> {
        deinit {
            withUnsafeMutablePointers { count, elements in _ = elements.deinitialize(count: count.pointee) }
        }
    }

    private var room: Room?
    private var capacity = 0
    /// How many items the open constructs hold.
    private(set) var count = 0

    /// Pushes an item for the innermost construct.
    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow() }
        let index = count
        room.unsafelyUnwrapped.withUnsafeMutablePointers { header, elements in
            (elements + index).initialize(to: element)
            header.pointee = index + 1
        }
        count = index + 1
    }

    /// The item at `index`.
    subscript(index: Int) -> Element {
        @inline(__always) get {
            precondition(index >= 0 && index < count)
            return room.unsafelyUnwrapped.withUnsafeMutablePointerToElements { $0[index] }
        }
        @inline(__always) set {
            precondition(index >= 0 && index < count)
            room.unsafelyUnwrapped.withUnsafeMutablePointerToElements { $0[index] = newValue }
        }
    }

    /// The top item, or nil when the stack is empty.
    var last: Element? { count > 0 ? self[count - 1] : nil }

    /// Removes and returns the top item, or nil when the stack is empty.
    @inline(__always)
    mutating func popLast() -> Element? {
        guard count > 0 else { return nil }
        let index = count - 1
        count = index
        return room.unsafelyUnwrapped.withUnsafeMutablePointers { header, elements in
            header.pointee = index
            return (elements + index).move()
        }
    }

    /// Calls `body` with the items from `start` up.
    @inline(__always)
    mutating func withItems<Result>(from start: Int, _ body: (UnsafeMutableBufferPointer<Element>) -> Result)
        -> Result {
        precondition(start >= 0 && start <= count)
        guard room != nil else { return body(UnsafeMutableBufferPointer(start: nil, count: 0)) }
        let count = count
        return room.unsafelyUnwrapped.withUnsafeMutablePointerToElements { elements in
            body(UnsafeMutableBufferPointer(start: elements + start, count: count - start))
        }
    }

    /// Calls `body` with the top item to change in place; the stack must not be empty.
    @inline(__always)
    mutating func withLast<Result>(_ body: (inout Element) -> Result) -> Result {
        withItems(from: count - 1) { body(&$0[0]) }
    }

    /// Removes the items from `start` up and returns those in `kept` (offsets from `start`), dropping the rest.
    mutating func take(from start: Int, keeping kept: Range<Int>) -> [Element] {
        precondition(start >= 0 && kept.lowerBound >= 0 && start + kept.upperBound <= count)
        guard room != nil else { return [] }
        let after = count - start - kept.upperBound
        count = start
        return room.unsafelyUnwrapped.withUnsafeMutablePointers { header, elements in
            let first = elements + start
            if kept.lowerBound > 0 { first.deinitialize(count: kept.lowerBound) }
            if after > 0 { (first + kept.upperBound).deinitialize(count: after) }
            header.pointee = start
            // Short runs, the most common, as literals: their buffer is allocated most directly.
            let items = first + kept.lowerBound
            switch kept.count {
            case 1: return [items.move()]
            case 2: return [items.move(), (items + 1).move()]
            default: return Array(Moving(position: items, end: first + kept.upperBound))
            }
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
        let dropped = count - start
        count = start
        room.unsafelyUnwrapped.withUnsafeMutablePointers { header, elements in
            (elements + start).deinitialize(count: dropped)
            header.pointee = start
        }
    }

    /// Doubles the room, starting under malloc's 1 KiB large-request size (as the parser's stacks).
    private mutating func grow() {
        let count = count
        capacity = max(capacity * 2, max(1, 768 / MemoryLayout<Element>.stride))
        let grown = unsafeDowncast(Room.create(minimumCapacity: capacity) { _ in count }, to: Room.self)
        if let room {
            grown.withUnsafeMutablePointerToElements { target in
                room.withUnsafeMutablePointers { header, elements in
                    target.moveInitialize(from: elements, count: count)
                    header.pointee = 0
                }
            }
        }
        room = grown
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
