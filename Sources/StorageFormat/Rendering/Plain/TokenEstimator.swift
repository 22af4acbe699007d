/// Estimates LLM token counts without a vocabulary.
///
/// Basis (close to BPE tokenizers such as OpenAI's cl100k on documentation text): every run of ASCII
/// letters and digits counts one token per four characters, rounded up; every other visible ASCII
/// character (punctuation, symbols) counts one token; every non-ASCII scalar (CJK, Hangul, accented
/// letters, emoji parts) counts one token; whitespace is free.
public enum TokenEstimator {
    /// The estimated token count of `text`.
    public static func estimate(_ text: String) -> Int {
        byteKinds.withUnsafeBufferPointer { kinds in
            text.withUTF8Buffer { bytes in
                var tokens = 0
                var run = 0
                for byte in bytes {
                    let kind = Int(kinds[Int(byte)])
                    run = (run &+ 1) &* (kind & 1)
                    // A word run's first byte and every fourth after it start a token: ceil(length / 4) in all;
                    // a mark is one token.
                    tokens &+= (run & 3 == 1 ? 1 : 0) &+ (kind >> 1)
                }
                return tokens
            }
        }
    }

    /// For each byte value, branch-free flags: 1 for an ASCII letter or digit (a word byte), 2 for a mark
    /// (other visible ASCII, or the lead byte of a non-ASCII scalar), 0 for whitespace, controls and
    /// continuation bytes.
    private static let byteKinds: [UInt8] = (0...255).map { byte in
        if (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) { return 1 }
        return byte > 0x20 && byte != 0x7F && byte & 0xC0 != 0x80 ? 2 : 0
    }
}
