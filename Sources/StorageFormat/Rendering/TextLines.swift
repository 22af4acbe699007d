/// Splits UTF-8 text into lines where `split(separator: "\n")` over its `Character`s would: at each LF
/// that is not the second half of a CR LF (the one pair a line feed forms a single character with).
enum TextLines {
    /// Calls `body` with the range of each line of `bytes`; empty lines are skipped when `omittingEmpty` is set.
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, omittingEmpty: Bool, _ body: (Range<Int>) -> Void) {
        var start = 0
        var index = bytes.firstIndex(of: 0x0A, from: 0) ?? bytes.count
        while index < bytes.count {
            if index == 0 || bytes[index - 1] != 0x0D {
                if !omittingEmpty || index > start { body(start..<index) }
                start = index + 1
            }
            index = bytes.firstIndex(of: 0x0A, from: index + 1) ?? bytes.count
        }
        if !omittingEmpty || bytes.count > start { body(start..<bytes.count) }
    }
}
