extension Unicode.Scalar {
    /// Whether this scalar belongs to the grapheme cluster before it wherever it stands: combining and
    /// spacing marks, variation selectors, emoji modifiers, joiners, tags, and Hangul vowel and final jamo.
    /// (A scalar after a joiner or virama joins too: see `joinsNextScalar`.)
    var extendsCluster: Bool {
        let value = value
        if value < 0x300 { return false }
        switch value {
        case 0x1100...0x115F, 0x4E00...0x9FFF, 0xAC00...0xD7A3:
            return false  // leading jamo, ideographs and syllables: common, and never marks
        case 0x0E33, 0x0EB3, 0x1160...0x11FF, 0x200C, 0x200D, 0xD7B0...0xD7FF, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF,
            0xE0020...0xE007F, 0xE0100...0xE01EF:
            return true
        default:
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }
    }

    /// Whether the scalar after this one joins its cluster: after a zero-width joiner (emoji sequences)
    /// or a virama (an Indic conjunct such as क्ष, kept whole where a line is cut).
    var joinsNextScalar: Bool {
        value == 0x200D || (value >= 0x900 && properties.canonicalCombiningClass == .virama)
    }

    /// Whether this is a regional indicator, two of which make a flag.
    var isRegionalIndicator: Bool { value >= 0x1F1E6 && value <= 0x1F1FF }
}
