/// Plain text of a document for an ingestion preview, with its size.
public struct PlainText: Sendable, Hashable {
    /// The text: content without decoration, blocks separated by blank lines.
    public var text: String
    /// The number of characters (grapheme clusters) in `text`.
    public var characterCount: Int
    /// An estimate of the tokens an LLM tokenizer would produce; see `TokenEstimator`.
    public var estimatedTokenCount: Int

    /// Wraps `text` and measures it.
    public init(text: String) {
        self.text = text
        self.characterCount = GraphemeCount.of(text)
        self.estimatedTokenCount = TokenEstimator.estimate(text)
    }
}
