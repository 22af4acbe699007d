/// A body object with a storage representation.
struct StorageBody: Decodable {
    let storage: ValueHolder?
}
