/// Removes everything from untrusted text that could drive a terminal: C0/C1 controls, DEL,
/// complete escape sequences (CSI, OSC, DCS, SOS, PM, APC and two-byte escapes, 7-bit and 8-bit)
/// and bidi override controls.
public enum Sanitizer {
    /// How line structure is treated.
    public enum Mode: Sendable, Hashable {
        /// Newlines, carriage returns and line separators become single spaces.
        case singleLine
        /// Newlines are kept (`\r\n` and lone `\r` become `\n`); other controls are removed.
        case multiLine
        /// As `multiLine`, and tabs are kept too: a document printed whole, whose code keeps its indentation.
        case document
    }

    /// The cleaned text. Tabs become a single space, but in a `document`. The UTF-8 is read scalar by scalar, and
    /// each run of scalars kept as they are is copied in one piece.
    public static func clean(_ s: String, mode: Mode = .singleLine) -> String {
        if isPlainPrintableASCII(s) { return s }
        var text = s
        return text.withUTF8 { bytes in
            var output = [UInt8]()
            output.reserveCapacity(bytes.count)
            var scanner = Scanner(bytes: bytes)
            var kept = 0  // where the run of scalars kept as they are starts
            while scanner.skipPlainBytes() {
                let start = scanner.index
                let value = scanner.next()
                let replacement: UInt8?
                switch value {
                case 0x09:
                    replacement = mode == .document ? 0x09 : 0x20
                case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                    replacement = mode == .singleLine ? 0x20 : 0x0A
                    if value == 0x0D && scanner.peek() == 0x0A { scanner.index += 1 }  // CRLF is one line end
                case 0x1B:
                    scanner.skipEscape()
                    replacement = nil
                case 0x9B:
                    scanner.skipControlSequence()
                    replacement = nil
                case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                    scanner.skipControlString()
                    replacement = nil
                case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                    replacement = nil
                case 0x200D:
                    // A joiner joins emoji and the letters of scripts that shape them; one beside ASCII or at an end joins
                    // nothing, and terminals disagree on its width there.
                    let before = start > 0 ? bytes[start - 1] : nil
                    guard before.map({ $0 < 0x80 }) ?? true || scanner.peek().map({ $0 < 0x80 }) ?? true else { continue }
                    replacement = nil
                default:
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[kept..<start]))
                if let replacement { output.append(replacement) }
                kept = scanner.index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[kept...]))
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// True when `s` needs no work (the common case, checked on the UTF-8 bytes).
    static func isPlainPrintableASCII(_ s: String) -> Bool {
        s.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// A cursor over the scalars of valid UTF-8, by byte offset, with the escape-sequence skipping rules.
    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        /// Where the last BEL, ST or ESC is: a string body starting after it is unterminated.
        let lastTerminator: Int?

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            // ST (U+009C) is C2 9C; a 9C after another lead byte is part of another character.
            lastTerminator = bytes.indices.last { index in
                let byte = bytes[index]
                return byte == 0x07 || byte == 0x1B || byte == 0x9C && index > 0 && bytes[index - 1] == 0xC2
            }.map { bytes[$0] == 0x9C ? $0 - 1 : $0 }
        }

        /// Moves past the bytes of scalars kept for sure: printable ASCII, and every scalar not led by C2 (the C1
        /// controls) or E2 (the line separators and bidi controls). Returns whether a scalar is left to read.
        mutating func skipPlainBytes() -> Bool {
            while index < bytes.count {
                let byte = bytes[index]
                guard byte &- 0x20 < 0x5F || byte >= 0x80 && byte != 0xC2 && byte != 0xE2 else { return true }
                index += 1
            }
            return false
        }

        /// The scalar at `index`, and the index after it.
        mutating func next() -> UInt32 {
            let (value, length) = scalar(at: index)
            index += length
            return value
        }

        /// The scalar at `index`, nil at the end.
        func peek() -> UInt32? {
            index < bytes.count ? scalar(at: index).value : nil
        }

        /// The value and length of the scalar starting at `offset`.
        private func scalar(at offset: Int) -> (value: UInt32, length: Int) {
            let lead = bytes[offset]
            guard lead >= 0x80 else { return (UInt32(lead), 1) }
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            var value = UInt32(lead) & (0x7F >> length)
            for continuation in bytes[(offset + 1)..<min(offset + length, bytes.count)] {
                value = value << 6 | UInt32(continuation & 0x3F)
            }
            return (value, length)
        }

        /// After ESC: dispatch on the introducer.
        mutating func skipEscape() {
            guard let introducer = peek() else { return }
            switch introducer {
            case 0x5B:  // [
                index += 1
                skipControlSequence()
            case 0x5D, 0x50, 0x58, 0x5E, 0x5F:  // ] P X ^ _
                index += 1
                skipControlString()
            default:
                skipShortEscape()
            }
        }

        /// CSI body: parameter and intermediate bytes up to a final byte (0x40-0x7E).
        /// Stops without consuming at anything outside 0x20-0x7E (a broken sequence).
        mutating func skipControlSequence() {
            while index < bytes.count {
                let value = bytes[index]
                guard value >= 0x20 && value <= 0x7E else { return }
                index += 1
                if value >= 0x40 { return }
            }
        }

        /// String body (OSC, DCS, ...) up to BEL, ST (0x9C) or ESC \ . An unterminated string loses only its
        /// introducer: with that gone the rest cannot drive a terminal, and text after it survives (a hostile title's
        /// open OSC no longer swallows the id printed after the title).
        mutating func skipControlString() {
            guard let lastTerminator, lastTerminator >= index else { return }
            while index < bytes.count {
                switch next() {
                case 0x07, 0x9C:
                    return
                case 0x1B:
                    // ESC \ ends the string; another ESC ends it too and is left for the caller's loop, not followed
                    // here (following it recursed once per ESC ] pair, so a long run of them overflowed the stack).
                    if peek() == 0x5C { index += 1 } else { index -= 1 }
                    return
                default:
                    continue
                }
            }
        }

        /// Two-byte and nF escapes: intermediates 0x20-0x2F then one final byte 0x30-0x7E.
        mutating func skipShortEscape() {
            while index < bytes.count, (0x20...0x2F).contains(bytes[index]) {
                index += 1
            }
            if index < bytes.count, (0x30...0x7E).contains(bytes[index]) {
                index += 1
            }
        }
    }
}
