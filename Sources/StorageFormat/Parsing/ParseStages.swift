/// The parse's first stages run on their own, for the benchmark to show where parsing time goes: tokenizing
/// and balancing elements alone, then with every text range decoded into a `String` as the model builder does.
@_spi(Benchmarking)
public enum ParseStages {
    /// Tokenizes `bytes` and balances the elements, keeping nothing; returns how many events there were.
    public static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        run(bytes, decodingText: false)
    }

    /// Tokenizes `bytes`, balances the elements and decodes each text range (entities, whitespace, invalid
    /// UTF-8) into a `String`, keeping nothing; returns how many bytes the text decoded to.
    public static func decodeText(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        run(bytes, decodingText: true)
    }

    private static func run(_ bytes: UnsafeBufferPointer<UInt8>, decodingText: Bool) -> Int {
        var builder = TreeBuilder(sink: CountingSink(input: bytes, decodesText: decodingText))
        var tokenizer = Tokenizer(bytes)
        tokenizer.run(&builder)
        return builder.sink.count
    }

    /// Counts events, or the decoded text's bytes.
    private struct CountingSink: TreeSink {
        let input: UnsafeBufferPointer<UInt8>
        let decodesText: Bool
        var decoder = TextDecoder()
        var lastWasSpace = true
        var count = 0

        mutating func start(_ name: ElementName, attributes: AttributeList) { count &+= decodesText ? 0 : 1 }
        mutating func end(_ name: ElementName) { count &+= decodesText ? 0 : 1 }
        mutating func text(_ range: Range<Int>) { decode(range, entities: true, collapse: true) }
        mutating func cdata(_ range: Range<Int>) { decode(range, entities: false, collapse: false) }

        private mutating func decode(_ range: Range<Int>, entities: Bool, collapse: Bool) {
            guard decodesText else { return count &+= 1 }
            count &+= decoder.decode(input, range, entities: entities, collapse: collapse, lastWasSpace: &lastWasSpace).utf8.count
        }
    }
}
