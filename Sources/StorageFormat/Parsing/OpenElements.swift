/// The tree builder's stack of open elements, with how many elements of each name are open. It owns its
/// storage, so a push or pop is a store and a count, with no copy-on-write check.
final class OpenElements {
    /// An open element: its name and the hash of the name as written (unknown names differ by hash).
    struct Element {
        var name: ElementName
        var hash: UInt64
    }

    /// How many elements are open.
    private(set) var count = 0
    private var capacity = 32  // 32 entries of 16 bytes stay below malloc's 1 KiB large-request size
    private var elements: UnsafeMutablePointer<Element>
    /// The number of open elements per name, indexed by raw value.
    private let nameCounts: UnsafeMutablePointer<Int32>

    init() {
        elements = .allocate(capacity: capacity)
        nameCounts = .allocate(capacity: ElementName.allCases.count)
        nameCounts.initialize(repeating: 0, count: ElementName.allCases.count)
    }

    deinit {
        elements.deallocate()
        nameCounts.deallocate()
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
    func push(_ element: Element) {
        if count == capacity { grow() }
        (elements + count).initialize(to: element)
        count += 1
        nameCounts[Int(element.name.rawValue)] += 1
    }

    /// Closes the innermost element and returns its name.
    @inline(__always)
    func pop() -> ElementName {
        precondition(count > 0)
        count -= 1
        let name = elements[count].name
        nameCounts[Int(name.rawValue)] -= 1
        return name
    }

    /// Doubles the storage, keeping the open elements.
    private func grow() {
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: 2 * capacity)
        grown.moveInitialize(from: elements, count: count)
        elements.deallocate()
        elements = grown
        capacity *= 2
    }
}
