/// Receives a balanced stream of element events from the tree builder: every `start` is matched by
/// exactly one `end`, properly nested, whatever the input looked like.
protocol TreeSink {
    /// An element opens.
    mutating func start(_ name: ElementName, attributes: AttributeList)
    /// The most recently opened element that is still open closes.
    mutating func end(_ name: ElementName)
    /// Character data with entities still encoded.
    mutating func text(_ range: Range<Int>)
    /// The literal content of a CDATA section.
    mutating func cdata(_ range: Range<Int>)
}
