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

    /// What a reader sees: the emoji fallback, else the emoji the id encodes, else the standard emoji for the short
    /// name, else the `:shortname:`. With no short name: the standard emoticon for the name, else `:name:`. An emoji
    /// with a short name is named by it: Confluence stores a custom emoji's name as a stand-in (`blue-star`).
    public var text: String {
        if let fallback, !fallback.isEmpty, !Emoticon.startsWithColon(fallback) { return fallback }
        if let emoji = emojiId.flatMap(Emoticon.emoji(fromId:)) { return emoji }
        if let shortname, !shortname.isEmpty {
            let trimmed = Emoticon.trimColons(shortname)
            return Emoticon.standardEmoji(named: trimmed) ?? ":" + trimmed + ":"
        }
        if let emoji = name.flatMap(Emoticon.standardEmoji(named:)) { return emoji }
        if let fallback, !fallback.isEmpty { return fallback }
        return ":" + (name ?? "emoticon") + ":"
    }

    /// The standard emoji named `key` in any case; a name already in lower case, as they mostly are, is
    /// looked up without lowercasing.
    private static func standardEmoji(named key: String) -> String? {
        standardNames[key] ?? standardNames[key.lowercased()]
    }

    /// Whether `text` starts with the character ":". Its bytes tell unless a colon is followed by a non-ASCII
    /// scalar, which may combine with it into another character.
    private static func startsWithColon(_ text: String) -> Bool {
        text.withUTF8Buffer { bytes in
            guard bytes.first == 0x3A else { return false }
            return bytes.count == 1 || bytes[1] < 0x80 || text.hasPrefix(":")
        }
    }

    private static func trimColons(_ text: String) -> String {
        // ASCII text, as short names are, is trimmed byte by byte: a colon there is a character of its own.
        let trimmed = text.withUTF8Buffer { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            let start = bytes.firstIndex { $0 != 0x3A } ?? bytes.count
            let end = (bytes.lastIndex { $0 != 0x3A } ?? start - 1) + 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<max(start, end)]), as: UTF8.self)
        }
        if let trimmed { return trimmed }
        var text = Substring(text)
        while text.first == ":" { text = text.dropFirst() }
        while text.last == ":" { text = text.dropLast() }
        return String(text)
    }

    /// Decodes an id such as `1f642` or `1f468-200d-1f4bb` into its emoji; nil unless it is hex code points of an emoji
    /// (a UUID or `abc-123` would read as stray letters and combining marks).
    private static func emoji(fromId id: String) -> String? {
        id.withUTF8Buffer { bytes in
            // Ids that are names (`atlassian-check_mark`) are told apart before any parsing.
            guard bytes.allSatisfy(isHexDigitOrSign) else { return nil }
            var scalars = String.UnicodeScalarView()
            var partStart = 0
            while partStart < bytes.count {
                let partEnd = bytes[partStart...].firstIndex(of: 0x2D) ?? bytes.count  // parts are split at `-`
                defer { partStart = partEnd + 1 }
                guard partEnd > partStart else { continue }  // empty parts are skipped, as split(separator:) does
                guard partEnd - partStart >= 2, partEnd - partStart <= 6,
                      let value = hexValue(UnsafeBufferPointer(rebasing: bytes[partStart..<partEnd])),
                      let scalar = Unicode.Scalar(value), isPartOfEmoji(scalar, first: scalars.isEmpty) else { return nil }
                scalars.append(scalar)
            }
            // A keycap's base (`#`, a digit) is an emoji only with what follows it.
            guard let first = scalars.first, first.value >= 0xA9 || scalars.count > 1 else { return nil }
            return String(scalars)
        }
    }

    /// Whether `scalar` can stand in an emoji sequence: an emoji, or (after the first) a joiner, a variation selector,
    /// a keycap mark or a tag.
    private static func isPartOfEmoji(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
        if scalar.properties.isEmoji { return true }
        guard !first else { return false }
        return scalar.value == 0x200D || scalar.value == 0xFE0F || scalar.value == 0x20E3 || (0xE0020...0xE007F).contains(scalar.value)
    }

    /// The value of up to six hex digits after an optional `+`, as `UInt32(_:radix: 16)` reads them; nil when
    /// there are none or a byte is no hex digit.
    private static func hexValue(_ part: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let digits = part.first == 0x2B ? UnsafeBufferPointer(rebasing: part.dropFirst()) : part
        guard !digits.isEmpty else { return nil }
        var value: UInt32 = 0
        for byte in digits {
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
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
