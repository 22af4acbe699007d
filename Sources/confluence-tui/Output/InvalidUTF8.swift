import TerminalKit

/// Where bytes are not UTF-8: `render` says so on stderr, as the text shows each such sequence as U+FFFD.
struct InvalidUTF8: Equatable {
    /// How many ill-formed sequences there are, each shown as one U+FFFD.
    var count: Int
    /// The byte offset of the first.
    var firstOffset: Int

    /// The ill-formed sequences of `bytes`, or nil when they are all UTF-8.
    init?(in bytes: some Collection<UInt8>) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var found: (count: Int, first: Int)?
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
            case .error(let length):
                found = (count: (found?.count ?? 0) + 1, first: found?.first ?? offset)
                offset += length
            case .emptyInput:
                guard let found else { return nil }
                count = found.count
                firstOffset = found.first
                return
            }
        }
    }

    /// The warning for the input named `source`.
    func sentence(source: String) -> String {
        "\(source) is not all UTF-8: \(Plural.count(count, "byte sequence")) (the first at byte offset \(Plural.grouped(firstOffset))) "
            + "\(count == 1 ? "shows" : "show") as \u{FFFD}"
    }
}
