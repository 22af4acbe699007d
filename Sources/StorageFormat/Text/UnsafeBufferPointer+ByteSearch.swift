/// Finding a byte eight at a time, for the tokenizer, the decoder and the renderers' line splitting.
extension UnsafeBufferPointer<UInt8> {
    /// The index of the first `byte` at or after `start`, or nil; compares eight bytes at a time.
    @inline(__always)
    func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        var index = start
        if index >= 0, let base = baseAddress {  // the words read lie within the buffer
            while index <= count &- 8 {
                let matches = ByteLanes(at: base + index).equal(to: byte)
                if matches != 0 { return index &+ ByteLanes.firstLane(matches) }
                index &+= 8
            }
        }
        while index < count {
            if self[index] == byte { return index }
            index += 1
        }
        return nil
    }
}
