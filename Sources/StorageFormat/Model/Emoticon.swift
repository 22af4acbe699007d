/// An emoticon or emoji as Confluence stores it (`ac:emoticon`, or a legacy emoticon image).
public struct Emoticon: Sendable, Hashable {
    /// The Confluence emoticon name (`smile`, `tick`, ...).
    public var name: String?
    /// The emoji short name (`:slight_smile:`).
    public var shortname: String?
    /// The emoji id: hex code points joined by `-`, or an Atlassian id.
    public var emojiId: String?
    /// The emoji fallback text stored with it.
    public var fallback: String?

    /// Creates an emoticon.
    public init(name: String? = nil, shortname: String? = nil, emojiId: String? = nil, fallback: String? = nil) {
        self.name = name
        self.shortname = shortname
        self.emojiId = emojiId
        self.fallback = fallback
    }

    /// What a reader sees: the emoji fallback, else the emoji the id encodes, else the standard emoticon
    /// for the name, else the `:shortname:`, else `:name:`.
    public var text: String {
        if let fallback, !fallback.isEmpty, !fallback.hasPrefix(":") { return fallback }
        if let emoji = emojiId.flatMap(Emoticon.emoji(fromId:)) { return emoji }
        if let emoji = Emoticon.standardEmoji(name) ?? Emoticon.standardEmoji(shortname.map(Emoticon.trimColons)) {
            return emoji
        }
        if let fallback, !fallback.isEmpty { return fallback }
        if let shortname, !shortname.isEmpty { return ":" + Emoticon.trimColons(shortname) + ":" }
        return ":" + (name ?? "emoticon") + ":"
    }

    /// The standard emoticon for `key`, in any case.
    private static func standardEmoji(_ key: String?) -> String? {
        key.flatMap { standardNames[$0.lowercased()] }
    }

    /// `text` without leading and trailing colons; ASCII text (the usual short name) is trimmed by byte.
    private static func trimColons(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            var text = Substring(text)
            while text.first == ":" { text = text.dropFirst() }
            while text.last == ":" { text = text.dropLast() }
            return String(text)
        }
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end && bytes[start] == 0x3A { start = bytes.index(after: start) }
        while end > start && bytes[bytes.index(before: end)] == 0x3A { end = bytes.index(before: end) }
        return String(text[start..<end])
    }

    /// Decodes an id such as `1f642` or `1f468-200d-1f4bb` into its emoji; nil if it is not hex. Each
    /// part between dashes (empty ones skipped) reads as `UInt32(_:radix: 16)` would: an optional `+`,
    /// then hex digits, two to six bytes in all.
    private static func emoji(fromId id: String) -> String? {
        var bytes: [UInt8] = []
        var value: UInt32 = 0
        var length = 0
        var hasDigits = false
        for byte in id.utf8 {
            if byte == 0x2D {
                guard length == 0 || appendScalar(value, length: length, hasDigits: hasDigits, to: &bytes) else { return nil }
                (value, length, hasDigits) = (0, 0, false)
                continue
            }
            length += 1
            if byte == 0x2B && length == 1 { continue }
            guard length <= 6, let digit = hexDigit(byte) else { return nil }
            value = value << 4 | digit
            hasDigits = true
        }
        guard length == 0 || appendScalar(value, length: length, hasDigits: hasDigits, to: &bytes) else { return nil }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 of an id part's scalar; false when the part does not make an emoji scalar.
    private static func appendScalar(_ value: UInt32, length: Int, hasDigits: Bool, to bytes: inout [UInt8]) -> Bool {
        guard length >= 2, hasDigits, value >= 0xA9, let scalar = Unicode.Scalar(value) else { return false }
        UTF8.encode(scalar) { bytes.append($0) }
        return true
    }

    /// The value of an ASCII hex digit, or nil.
    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    /// Confluence's standard emoticon names and common short names.
    static let standardNames: [String: String] = [
        "smile": "🙂", "slight_smile": "🙂", "sad": "🙁", "cheeky": "😛", "laugh": "😀", "wink": "😉",
        "thumbs-up": "👍", "thumbsup": "👍", "thumbs-down": "👎", "thumbsdown": "👎",
        "information": "ℹ️", "info": "ℹ️", "tick": "✅", "check_mark": "✅", "white_check_mark": "✅",
        "cross": "❌", "cross_mark": "❌", "x": "❌", "warning": "⚠️", "plus": "➕", "minus": "➖",
        "question": "❓", "light-on": "💡", "bulb": "💡", "light-off": "🌑", "yellow-star": "⭐", "star": "⭐",
        "red-star": "🔴", "green-star": "🟢", "blue-star": "🔵", "heart": "❤️", "broken-heart": "💔",
        "tada": "🎉", "rocket": "🚀", "fire": "🔥", "eyes": "👀", "clipboard": "📋", "memo": "📝",
        "face_exhaling": "😮‍💨", "thought_balloon": "💭", "thought balloon": "💭", "check mark button": "✅",
    ]
}
