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
        if let emoji = name.flatMap(Emoticon.standardEmoji(named:)) { return emoji }
        if let emoji = shortname.map(Emoticon.trimColons).flatMap(Emoticon.standardEmoji(named:)) { return emoji }
        if let fallback, !fallback.isEmpty { return fallback }
        if let shortname, !shortname.isEmpty { return ":" + Emoticon.trimColons(shortname) + ":" }
        return ":" + (name ?? "emoticon") + ":"
    }

    /// The standard emoji named `key` in any case; a name already in lower case, as they mostly are, is
    /// looked up without lowercasing.
    private static func standardEmoji(named key: String) -> String? {
        standardNames[key] ?? standardNames[key.lowercased()]
    }

    private static func trimColons(_ text: String) -> String {
        // ASCII text, as short names are, is trimmed byte by byte: a colon there is a character of its own.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = text.utf8
            let start = bytes.firstIndex { $0 != 0x3A } ?? bytes.endIndex
            let end = bytes.lastIndex { $0 != 0x3A }.map(bytes.index(after:)) ?? start
            return String(text[start..<max(start, end)])
        }
        var text = Substring(text)
        while text.first == ":" { text = text.dropFirst() }
        while text.last == ":" { text = text.dropLast() }
        return String(text)
    }

    /// Decodes an id such as `1f642` or `1f468-200d-1f4bb` into its emoji; nil if it is not hex.
    private static func emoji(fromId id: String) -> String? {
        // Ids that are names (`atlassian-check_mark`) are told apart before any splitting or parsing.
        guard id.utf8.allSatisfy(isHexDigitOrSign) else { return nil }
        var scalars = String.UnicodeScalarView()
        for part in id.split(separator: "-") {
            guard part.count >= 2, part.count <= 6, let value = UInt32(part, radix: 16),
                  let scalar = Unicode.Scalar(value), value >= 0xA9 else { return nil }
            scalars.append(scalar)
        }
        return scalars.isEmpty ? nil : String(scalars)
    }

    /// Whether `byte` is an ASCII hex digit or a sign, what the parts of an id are written with.
    private static func isHexDigitOrSign(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
            || byte == 0x2B || byte == 0x2D
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
