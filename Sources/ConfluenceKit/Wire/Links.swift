/// The `_links` object of a list response; only `next` matters for paging.
struct Links: Decodable {
    let next: String?
    let base: String?
    let webui: String?
    let download: String?
}
