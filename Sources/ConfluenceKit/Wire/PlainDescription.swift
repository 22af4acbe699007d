/// A description object with a plain representation.
struct PlainDescription: Decodable {
    let plain: ValueHolder?
}
