/// Receives the tokens of a storage-format body in document order.
protocol TokenHandler {
    /// Character data with entities still encoded.
    mutating func text(_ range: Range<Int>)
    /// The content of a CDATA section, taken literally.
    mutating func cdata(_ range: Range<Int>)
    /// A start tag; `selfClosing` when written `<name/>`.
    mutating func startTag(_ name: ElementName, hash: UInt64, selfClosing: Bool, attributes: AttributeList)
    /// An end tag, by the hash of its name (`ElementName.Index` resolves it).
    mutating func endTag(hash: UInt64)
    /// The innermost open element and the hash of its name, which the next end tag most likely closes.
    var innermost: (name: ElementName, hash: UInt64)? { get }
    /// The end of the input.
    mutating func finish()
}
