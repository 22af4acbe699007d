/// A Confluence storage-format body parsed into blocks and inlines, ready to render.
public struct StorageDocument: Sendable, Hashable {
    /// The top-level blocks in reading order.
    public var blocks: [Block]

    /// Creates a document from blocks.
    public init(blocks: [Block]) { self.blocks = blocks }

    /// Parses a storage-format body. Never fails: malformed input yields a best-effort document.
    public static func parse(_ bytes: some Collection<UInt8>) -> StorageDocument {
        if let document = bytes.withContiguousStorageIfAvailable({ parse(buffer: $0) }) {
            return document
        }
        return Array(bytes).withUnsafeBufferPointer { parse(buffer: $0) }
    }

    /// Parses a storage-format body held in a string.
    public static func parse(_ string: String) -> StorageDocument {
        var string = string
        return string.withUTF8 { parse(buffer: $0) }
    }

    private static func parse(buffer: UnsafeBufferPointer<UInt8>) -> StorageDocument {
        // A byte-order mark a file was saved with is no content.
        let hasMark = buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF
        let buffer = hasMark ? UnsafeBufferPointer(rebasing: buffer[3...]) : buffer
        var builder = TreeBuilder(sink: ModelBuilder(input: buffer))
        var tokenizer = Tokenizer(buffer)
        tokenizer.run(&builder)
        return StorageDocument(blocks: builder.sink.finish())
    }
}
