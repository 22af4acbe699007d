/// The first-line marker of an ordered list item in Markdown and plain text, `12. `, and the spaces as wide
/// under it; those of the first hundred numbers are built once.
enum OrderedMarker {
    /// `number. ` and as many spaces.
    static func prefixes(of number: Int) -> (marker: String, indent: String) {
        number >= 0 && number < common.count ? common[number] : make(number)
    }

    /// The prefixes of 0 to 99.
    private static let common = (0..<100).map(make)

    private static func make(_ number: Int) -> (marker: String, indent: String) {
        let marker = "\(number). "
        return (marker, String(repeating: " ", count: marker.utf8.count))
    }
}
