/// The collapsed text that ends the innermost inline run, kept as bytes until what follows it is known:
/// text of the same style joins it without String concatenation, and when the run ends a paragraph its
/// trailing space is left out before the String is made, instead of being removed from the String.
///
/// - Note: Each piece is repaired on its own before it joins, as the Strings it stands for were, so joining
///   never turns two invalid pieces into one valid sequence.
struct PendingText {
    /// Where the text is (no payloads, so telling whether there is text reads one byte).
    private enum Source {
        case none
        /// One space.
        case space
        /// `range` of the input, as it stands; unless `isASCII`, it may still hold invalid UTF-8.
        case input
        /// `bytes`: valid UTF-8, all ASCII when `isASCII`.
        case bytes
    }

    private var source = Source.none
    /// The style of the text.
    private(set) var style: TextStyle = []
    private var isASCII = true
    private var range = 0..<0
    private var bytes = LineBytes()

    /// Whether there is text.
    var isActive: Bool { source != .none }

    /// Whether the text starts with a space (`input` is what its range points into).
    func startsWithSpace(in input: UnsafeBufferPointer<UInt8>) -> Bool {
        switch source {
        case .none: false
        case .space: true
        case .input: !range.isEmpty && input[range.lowerBound] == 0x20
        case .bytes: bytes.withUnsafeBufferPointer { $0.first == 0x20 }
        }
    }

    /// Starts the text with what `decoder` decoded (not `.empty`).
    @inline(__always)
    mutating func start(_ decoded: TextDecoder.Decoded, style: TextStyle, decoder: borrowing TextDecoder) {
        self.style = style
        switch decoded {
        case .empty: source = .none
        case .space: source = .space
        case .input(let range, let isASCII):
            source = .input
            self.range = range
            self.isASCII = isASCII
        case .scratch:
            bytes.removeAll()
            isASCII = true
            decoder.withScratch { appendRepaired($0, knownASCII: false) }
            source = .bytes
        }
    }

    /// Joins what `decoder` decoded from `input` to the text, which is active and of the same style.
    mutating func append(_ decoded: TextDecoder.Decoded, input: UnsafeBufferPointer<UInt8>, decoder: borrowing TextDecoder) {
        moveToBytes(input)
        switch decoded {
        case .empty: break
        case .space: bytes.append(repeating: 0x20, count: 1)
        case .input(let range, let pieceIsASCII): appendRepaired(UnsafeBufferPointer(rebasing: input[range]), knownASCII: pieceIsASCII)
        case .scratch: decoder.withScratch { appendRepaired($0, knownASCII: false) }
        }
    }

    /// The text as a String, and no text left; nil when there was none. With `trimmingTrailingSpace`, a
    /// trailing space is left out, and text that is only spaces gives nil.
    mutating func take(_ input: UnsafeBufferPointer<UInt8>, trimmingTrailingSpace: Bool) -> String? {
        defer { source = .none }
        switch source {
        case .none:
            return nil
        case .space:
            return trimmingTrailingSpace ? nil : " "
        case .input:
            guard let text = Self.kept(UnsafeBufferPointer(rebasing: input[range]), trimmingTrailingSpace) else { return nil }
            return isASCII ? String(validUTF8: text, isASCII: true) : String(repairingUTF8: text)
        case .bytes:
            return bytes.withUnsafeBufferPointer { text in
                Self.kept(text, trimmingTrailingSpace).map { String(validUTF8: $0, isASCII: isASCII) }
            }
        }
    }

    /// `text`, less its trailing space when `trimmingTrailingSpace`; nil when that leaves only spaces.
    @inline(__always)
    private static func kept(_ text: UnsafeBufferPointer<UInt8>, _ trimmingTrailingSpace: Bool) -> UnsafeBufferPointer<UInt8>? {
        guard trimmingTrailingSpace else { return text }
        guard !text.allSatisfy({ $0 == 0x20 }) else { return nil }
        return text.last == 0x20 ? UnsafeBufferPointer(rebasing: text.dropLast()) : text
    }

    /// Drops the text.
    mutating func clear() {
        source = .none
    }

    /// Moves the text into `bytes`, repaired, if it is not there already.
    private mutating func moveToBytes(_ input: UnsafeBufferPointer<UInt8>) {
        switch source {
        case .none, .bytes:
            return
        case .space:
            bytes.removeAll()
            isASCII = true
            bytes.append(repeating: 0x20, count: 1)
        case .input:
            bytes.removeAll()
            let inputIsASCII = isASCII
            isASCII = true
            appendRepaired(UnsafeBufferPointer(rebasing: input[range]), knownASCII: inputIsASCII)
        }
        source = .bytes
    }

    /// Appends `piece` to `bytes`, invalid UTF-8 repaired as `String(decoding:as:)` repairs it; `knownASCII`
    /// says the piece is known to be all ASCII, so it needs no check.
    private mutating func appendRepaired(_ piece: UnsafeBufferPointer<UInt8>, knownASCII: Bool) {
        switch knownASCII ? .ascii : UTF8Validity.of(piece) {
        case .ascii:
            bytes.append(piece)
        case .valid:
            bytes.append(piece)
            isASCII = false
        case .invalid:
            String(decoding: piece, as: UTF8.self).withUTF8Buffer { bytes.append($0) }
            isASCII = false
        }
    }
}
