/// A `{ "value": ... }` body representation.
struct ValueHolder: Decodable {
    let value: String?
}
