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

    /// The cleaned text. Tabs become a single space, but in a `document`.
    public static func clean(_ s: String, mode: Mode = .singleLine) -> String {
        if isPlainPrintableASCII(s) { return s }
        var output = String.UnicodeScalarView()
        var scanner = Scanner(scalars: Array(s.unicodeScalars))
        while let scalar = scanner.next() {
            switch scalar.value {
            case 0x1B:
                scanner.skipEscape()
            case 0x9B:
                scanner.skipControlSequence()
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                scanner.skipControlString()
            case 0x09:
                output.append(mode == .document ? "\t" : " ")
            case 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                if scalar.value == 0x0D, scanner.peek()?.value == 0x0A { continue }
                output.append(mode == .singleLine ? " " : "\n")
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            case 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// True when `s` needs no work (the common case, checked on the UTF-8 bytes).
    static func isPlainPrintableASCII(_ s: String) -> Bool {
        s.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// A cursor over the scalars with the escape-sequence skipping rules.
    struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0
        /// Where the last BEL, ST or ESC is: a string body starting after it is unterminated.
        let lastTerminator: Int?

        init(scalars: [Unicode.Scalar]) {
            self.scalars = scalars
            lastTerminator = scalars.lastIndex { $0.value == 0x07 || $0.value == 0x9C || $0.value == 0x1B }
        }

        mutating func next() -> Unicode.Scalar? {
            guard index < scalars.count else { return nil }
            defer { index += 1 }
            return scalars[index]
        }

        func peek() -> Unicode.Scalar? {
            index < scalars.count ? scalars[index] : nil
        }

        /// After ESC: dispatch on the introducer.
        mutating func skipEscape() {
            guard let introducer = peek() else { return }
            switch introducer {
            case "[":
                index += 1
                skipControlSequence()
            case "]", "P", "X", "^", "_":
                index += 1
                skipControlString()
            default:
                skipShortEscape()
            }
        }

        /// CSI body: parameter and intermediate bytes up to a final byte (0x40-0x7E).
        /// Stops without consuming at anything outside 0x20-0x7E (a broken sequence).
        mutating func skipControlSequence() {
            while let scalar = peek() {
                let value = scalar.value
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
            while let scalar = next() {
                switch scalar.value {
                case 0x07, 0x9C:
                    return
                case 0x1B:
                    // ESC \ ends the string; another ESC ends it too and is left for the caller's loop, not followed
                    // here (following it recursed once per ESC ] pair, so a long run of them overflowed the stack).
                    if peek() == "\\" { index += 1 } else { index -= 1 }
                    return
                default:
                    continue
                }
            }
        }

        /// Two-byte and nF escapes: intermediates 0x20-0x2F then one final byte 0x30-0x7E.
        mutating func skipShortEscape() {
            while let scalar = peek(), (0x20...0x2F).contains(scalar.value) {
                index += 1
            }
            if let scalar = peek(), (0x30...0x7E).contains(scalar.value) {
                index += 1
            }
        }
    }
}
