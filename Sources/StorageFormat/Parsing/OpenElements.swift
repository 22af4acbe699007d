/// The tree builder's stack of open elements, with how many elements of each name are open. It owns its
/// storage, one plain allocation (the counts, then the elements) that the builder frees with `release()` when
/// its parse ends, so a push or pop is a store and a count; a stack is never copied.
struct OpenElements {
    /// An open element: its name and the hash of the name as written (unknown names differ by hash).
    struct Element {
        var name: ElementName
        var hash: UInt64
    }

    /// How many elements are open.
    private(set) var count = 0
    private var capacity: Int
    /// The storage: the number of open elements per name, indexed by raw value, then the elements.
    private var nameCounts: UnsafeMutablePointer<Int32>
    private var elements: UnsafeMutablePointer<Element>

    /// The bytes of the counts, a multiple of 16 so the elements after them are aligned.
    private static var countsSize: Int { (ElementName.allCases.count * MemoryLayout<Int32>.stride + 15) & ~15 }

    init() {
        // The first allocation stays below malloc's 1 KiB large-request size.
        capacity = (1000 - Self.countsSize) / MemoryLayout<Element>.stride
        (nameCounts, elements) = Self.allocate(capacity: capacity)
        nameCounts.initialize(repeating: 0, count: ElementName.allCases.count)
    }

    /// Frees the storage; the stack is not used again.
    func release() {
        UnsafeMutableRawPointer(nameCounts).deallocate()
    }

    /// The element at `index`, counted from the outermost.
    subscript(index: Int) -> Element {
        precondition(index >= 0 && index < count)
        return elements[index]
    }

    /// The innermost open element.
    var last: Element? { count > 0 ? elements[count - 1] : nil }

    /// Whether an element named `name` is open.
    func isOpen(_ name: ElementName) -> Bool { nameCounts[Int(name.rawValue)] > 0 }

    /// Opens `element` inside the others.
    @inline(__always)
    mutating func push(_ element: Element) {
        if count == capacity { grow() }
        (elements + count).initialize(to: element)
        count += 1
        nameCounts[Int(element.name.rawValue)] += 1
    }

    /// Closes the innermost element and returns its name.
    @inline(__always)
    mutating func pop() -> ElementName {
        precondition(count > 0)
        count -= 1
        let name = elements[count].name
        nameCounts[Int(name.rawValue)] -= 1
        return name
    }

    /// Counts and room for `capacity` elements in one allocation.
    private static func allocate(capacity: Int)
        -> (counts: UnsafeMutablePointer<Int32>, elements: UnsafeMutablePointer<Element>) {
        let storage = UnsafeMutableRawPointer.allocate(
            byteCount: countsSize + capacity * MemoryLayout<Element>.stride, alignment: 16)
        return (storage.bindMemory(to: Int32.self, capacity: ElementName.allCases.count),
                (storage + countsSize).bindMemory(to: Element.self, capacity: capacity))
    }

    /// Doubles the storage, keeping the counts and the open elements.
    private mutating func grow() {
        let grown = Self.allocate(capacity: 2 * capacity)
        grown.counts.moveInitialize(from: nameCounts, count: ElementName.allCases.count)
        grown.elements.moveInitialize(from: elements, count: count)
        release()
        (nameCounts, elements) = grown
        capacity *= 2
    }
}
