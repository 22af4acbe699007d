/// What the Markdown and plain renderers do to the text they compose besides appending: read it,
/// and now and then insert, remove or replace bytes inside it.
extension LineBytes: UTF8Output {
    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        append(repeating: byte, count: 1)
    }

    /// Whether there is no text.
    var isEmpty: Bool { count == 0 }

    /// The first byte of text, if any.
    var first: UInt8? { count > 0 ? self[0] : nil }

    /// The byte at `index`, which must be below `count`.
    subscript(index: Int) -> UInt8 {
        withUnsafeBufferPointer { $0[index] }
    }

    /// Replaces the bytes in `range` with `replacement`: the bytes after the range are copied once.
    mutating func replaceSubrange(_ range: Range<Int>, with replacement: UnsafeBufferPointer<UInt8>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "replacing bytes outside the text")
        let tail = withUnsafeBufferPointer { Array($0[range.upperBound...]) }
        removeLast(count - range.lowerBound)
        append(replacement)
        tail.withUnsafeBufferPointer { append($0) }
    }

    /// Inserts `byte` before the byte at `index`.
    mutating func insert(_ byte: UInt8, at index: Int) {
        withUnsafePointer(to: byte) { replaceSubrange(index..<index, with: UnsafeBufferPointer(start: $0, count: 1)) }
    }

    /// Removes the bytes in `range`.
    mutating func removeSubrange(_ range: Range<Int>) {
        replaceSubrange(range, with: UnsafeBufferPointer(start: nil, count: 0))
    }

    /// Replaces every occurrence of `target` after `start` by `replacement`, scanning left to right, in one pass.
    mutating func replaceAll(_ target: StaticString, with replacement: StaticString, from start: Int = 0) {
        guard target.utf8CodeUnitCount > 0 else { return }
        var replaced = LineBytes()
        var copied = start
        withUnsafeBufferPointer { text in
            target.withUTF8Buffer { target in
                var index = start
                while let found = text.firstIndex(of: target[0], from: index), found + target.count <= text.count {
                    index = found
                    guard text[index..<(index + target.count)].elementsEqual(target) else {
                        index += 1
                        continue
                    }
                    replaced.append(UnsafeBufferPointer(rebasing: text[copied..<index]))
                    replaced.append(replacement)
                    index += target.count
                    copied = index
                }
            }
            if copied > start { replaced.append(UnsafeBufferPointer(rebasing: text[copied...])) }
        }
        guard copied > start else { return }
        replaced.withUnsafeBufferPointer { replaceSubrange(start..<count, with: $0) }
    }
}
