import Testing
import StorageFormat

/// Emoji ids decode part by part as `UInt32(_:radix: 16)` reads hex; short names lose their colons.
struct EmoticonTests {
    /// The text the id decoding gave when it split on the `-` character and parsed each part with `UInt32`.
    private func reference(_ id: String) -> String {
        var scalars = String.UnicodeScalarView()
        for part in id.split(separator: "-") {
            guard part.count >= 2, part.count <= 6, let value = UInt32(part, radix: 16),
                  let scalar = Unicode.Scalar(value), value >= 0xA9 else { return ":emoticon:" }
            scalars.append(scalar)
        }
        return scalars.isEmpty ? ":emoticon:" : String(scalars)
    }

    @Test func emojiIdsDecodeAsHexParts() {
        let ids = ["1f642", "1F642", "1f468-200d-1f4bb", "+1f642", "+a9", "+", "-1f642-", "1f642--200d", "a8", "a9",
                   "1f6420", "1f64200", "d800", "110000", "1f642-x", "1f6\u{301}42", "1f642-\u{301}200d", "١٢٣",
                   "", "-", "1f642+", "1f\r\n642"]
        for id in ids {
            #expect(Emoticon(emojiId: id).text == reference(id), "\(id)")
        }
    }

    @Test func shortNamesLoseTheirColons() {
        #expect(Emoticon(shortname: "::smile::").text == "🙂")
        #expect(Emoticon(shortname: ":no_such_emoji:").text == ":no_such_emoji:")
        #expect(Emoticon(shortname: ":::").text == "::")
        #expect(Emoticon(shortname: ":é:").text == ":é:")
    }

    /// A custom emoji keeps its short name: Confluence stores `blue-star` as its name, a stand-in.
    @Test func aCustomEmojiIsNamedByItsShortName() {
        let custom = Emoticon(name: "blue-star", shortname: ":partyparrot:", emojiId: "0a2b9d8c-7f85-4d1e-9c1b-1234567890ab", fallback: ":partyparrot:")
        #expect(custom.text == ":partyparrot:")
        #expect(Emoticon(name: "tick", shortname: ":check_mark:").text == "✅")
    }

    /// Only hex code points of an emoji are read as one: other hex ids fall back to the name.
    @Test func onlyEmojiCodePointsAreReadFromAnId() {
        #expect(Emoticon(name: "smile", emojiId: "abc-123").text == "🙂", "U+0ABC and U+0123 are no emoji")
        #expect(Emoticon(name: "odd", emojiId: "fffe").text == ":odd:")
        #expect(Emoticon(emojiId: "1f468-200d-1f4bb").text == "👨‍💻")
        #expect(Emoticon(emojiId: "0023-fe0f-20e3").text == "#️⃣")
        #expect(Emoticon(emojiId: "a9").text == "©")
        #expect(Emoticon(name: "n", emojiId: "0023").text == ":n:", "a keycap's base alone is no emoji")
    }
}
