/// The `_links` object of a list response; only `next` matters for paging.
struct Links: Decodable {
    let next: String?
    let base: String?
    let webui: String?
    let download: String?
}

/// A `{ "value": ... }` body representation.
struct ValueHolder: Decodable {
    let value: String?
}

/// A body object with a storage representation.
struct StorageBody: Decodable {
    let storage: ValueHolder?
}

/// A description object with a plain representation.
struct PlainDescription: Decodable {
    let plain: ValueHolder?
}
