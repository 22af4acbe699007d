/// Runs of spaces and no-break spaces (U+00A0) at the edges of UTF-8 text, which styles and lines leave outside.
extension UnsafeBufferPointer<UInt8> {
    /// Where the run of spaces and no-break spaces from `start` ends, at `end` at the latest.
    func spacesEnd(from start: Int, to end: Int) -> Int {
        var index = start
        while index < end {
            if self[index] == 0x20 {
                index += 1
            } else if index + 1 < end && self[index] == 0xC2 && self[index + 1] == 0xA0 {
                index += 2
            } else {
                break
            }
        }
        return index
    }

    /// Where the run of spaces and no-break spaces that ends at `end` starts, at `start` at the earliest.
    func spacesStart(before end: Int, from start: Int) -> Int {
        var index = end
        while index > start {
            if self[index - 1] == 0x20 {
                index -= 1
            } else if index - 2 >= start && self[index - 2] == 0xC2 && self[index - 1] == 0xA0 {
                index -= 2
            } else {
                break
            }
        }
        return index
    }
}
