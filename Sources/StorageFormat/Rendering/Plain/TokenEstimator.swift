/// Estimates LLM token counts without a vocabulary.
///
/// Basis (close to BPE tokenizers such as OpenAI's cl100k on documentation text): every run of ASCII
/// letters and digits counts one token per four characters, rounded up; every other visible ASCII
/// character (punctuation, symbols) counts one token; every non-ASCII scalar (CJK, Hangul, accented
/// letters, emoji parts) counts one token; whitespace is free.
public enum TokenEstimator {
    /// The estimated token count of `text`.
    public static func estimate(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var tokens = 0
            var run = 0
            for byte in bytes {
                let isWordByte = byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
                if isWordByte {
                    run += 1
                    continue
                }
                tokens += (run + 3) / 4
                run = 0
                if byte < 0x80 {
                    if byte > 0x20 && byte != 0x7F { tokens += 1 }
                } else if byte & 0xC0 != 0x80 {
                    tokens += 1  // the lead byte of a non-ASCII scalar
                }
            }
            return tokens + (run + 3) / 4
        }
    }
}
