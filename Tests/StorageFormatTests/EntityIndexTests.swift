import Testing
@testable import StorageFormat

/// The byte-keyed entity index agrees with the generated table and misses cleanly.
struct EntityIndexTests {
    /// Looks `name` up in the shared index.
    private func lookup(_ name: String) -> String? {
        Array(name.utf8).withUnsafeBufferPointer { EntityIndex.shared.replacement(for: $0) }
    }

    @Test func everyTableEntryIsFound() {
        for (name, replacement) in HTMLEntityTable.entries {
            #expect(lookup(name) == replacement, "\(name)")
        }
    }

    @Test func semicolonAndLegacyFormsAreDistinct() {
        #expect(lookup("amp;") == "&")
        #expect(lookup("amp") == "&")
        #expect(lookup("rarr;") == "→")
        #expect(lookup("rarr") == nil)
    }

    @Test func nearMissesAreNotFound() {
        #expect(lookup("") == nil)
        #expect(lookup("am") == nil)
        #expect(lookup("ampx") == nil)
        #expect(lookup("AMP;") == "&")
        #expect(lookup("Amp;") == nil)
        #expect(lookup("zzzzzzzz;") == nil)
        #expect(lookup("AAAA") == nil)
    }

    @Test func decodingUsesTheIndex() {
        // `&ampx;` names no entity: HTML reads the legacy `&amp` it starts with.
        let document = StorageDocument.parse("<p>&Auml;&zwnj;&ampx;&nbsp.</p>")
        #expect(document.plainText().text == "Ä\u{200C}&x;\u{A0}.")
    }
}
