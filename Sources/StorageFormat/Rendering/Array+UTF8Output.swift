/// Appending text to a UTF-8 output buffer, so renderers build one `[UInt8]` and a `String` only at the end.
extension Array where Element == UInt8 {
    /// Appends the UTF-8 of a literal.
    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// Appends the UTF-8 of `text` in one copy.
    mutating func append(utf8Of text: some StringProtocol) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// Appends the decimal digits of `value`, after a minus sign when it is negative (as `String(value)`).
    mutating func append(decimal value: Int) {
        if value < 0 { append(0x2D) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            append(0x30 + UInt8(truncatingIfNeeded: magnitude / divisor % 10))
            divisor /= 10
        } while divisor > 0
    }

    /// Appends `bytes` with the bytes `escapes` contains replaced.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, escaping escapes: ASCIIEscapes) {
        var copied = 0
        var index = escapes.firstIndex(in: bytes, from: 0)
        while index < bytes.count {
            append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
            append(escapes.replacement(for: bytes[index]))
            copied = index + 1
            index = escapes.firstIndex(in: bytes, from: copied)
        }
        append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
    }

    /// Replaces every occurrence of `target` after `start` by `replacement`, scanning left to right;
    /// returns whether anything was replaced.
    @discardableResult
    mutating func replaceAll(_ target: some Collection<UInt8>, with replacement: some Collection<UInt8>,
                             from start: Int = 0) -> Bool {
        guard let head = target.first else { return false }
        var result: [UInt8] = []
        var index = start
        var copied = start
        while index + target.count <= count {
            guard self[index] == head, self[index..<(index + target.count)].elementsEqual(target) else {
                index += 1
                continue
            }
            if result.isEmpty { result.reserveCapacity(count) }
            result.append(contentsOf: self[copied..<index])
            result.append(contentsOf: replacement)
            index += target.count
            copied = index
        }
        guard copied > start else { return false }
        result.append(contentsOf: self[copied...])
        replaceSubrange(start..., with: result)
        return true
    }
}
