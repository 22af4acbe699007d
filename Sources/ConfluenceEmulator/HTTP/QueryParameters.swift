/// The decoded query string of a request, in order, repeated names kept.
struct QueryParameters: Sendable {
    let pairs: [(String, String)]

    /// Parses a raw query (`a=1&b=x%20y`); `+` is a space, bad escapes are kept as written.
    init(raw: String) {
        pairs = raw.split(separator: "&", omittingEmptySubsequences: true).map { part in
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(pieces[0])
            return (name, pieces.count > 1 ? Self.decode(pieces[1]) : "")
        }
    }

    init(pairs: [(String, String)]) {
        self.pairs = pairs
    }

    /// The first value of `name`.
    subscript(name: String) -> String? {
        pairs.first { $0.0 == name }?.1
    }

    /// Every value of `name`, comma-separated lists split.
    func list(_ name: String) -> [String] {
        pairs.filter { $0.0 == name }
            .flatMap { $0.1.split(separator: ",").map { String($0).trimmingSpaces() } }
            .filter { !$0.isEmpty }
    }

    /// The largest offset or limit the emulator works with.
    static let largestInteger = 1_000_000_000

    /// `name` as a non-negative integer (clamped to `largestInteger`); nil when absent; an error sentence when malformed.
    func integer(_ name: String) throws(APIError) -> Int? {
        guard let text = self[name], !text.isEmpty else { return nil }
        guard text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else {
            throw .badRequest("The value \"\(text)\" of parameter \(name) is not a non-negative integer")
        }
        // Huge values are clamped (not rejected), so offsets and sums of offsets never overflow.
        return Int(text.count > 10 ? "1000000000" : text).map { min($0, Self.largestInteger) } ?? Self.largestInteger
    }

    /// The pairs without `names`, plus `extra` at the end.
    func replacing(_ names: Set<String>, with extra: [(String, String)]) -> QueryParameters {
        QueryParameters(pairs: pairs.filter { !names.contains($0.0) } + extra)
    }

    /// Encoded form, `a=1&b=x%20y`.
    var encoded: String {
        pairs.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
    }

    private static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~".utf8)

    /// Percent-encodes everything but unreserved characters.
    static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            if unreserved.contains(byte) {
                out.append(Character(Unicode.Scalar(byte)))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    static func decode(_ text: Substring) -> String {
        guard text.contains("%") || text.contains("+") else { return String(text) }
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8)[...]
        while let byte = iterator.popFirst() {
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), iterator.count >= 2,
                      let value = UInt8(String(decoding: iterator.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                iterator = iterator.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
