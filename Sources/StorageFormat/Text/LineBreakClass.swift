/// How a cluster takes part in line breaking besides spaces: the part of Unicode's line breaking
/// algorithm (UAX #14) that CJK text needs. A line may break before or after an ideograph or kana,
/// except before punctuation that must not start a line (closing brackets, commas, full stops,
/// small kana, the prolonged sound mark) or after punctuation that must not end one (opening
/// brackets): the Japanese rules known as kinsoku. Emoji break like ideographs; Hangul is broken at
/// spaces, as Korean is written.
struct LineBreakClass {
    private let bits: UInt8

    private init(bits: UInt8) { self.bits = bits }

    private static let besideBit: UInt8 = 1
    private static let noBreakBeforeBit: UInt8 = 2
    private static let noBreakAfterBit: UInt8 = 4
    private static let continuationBit: UInt8 = 8
    private static let unreadASCIIBit: UInt8 = 16
    private static let pairOpenBit: UInt8 = 32

    /// Letters, digits and symbols: no break between two of them.
    static let other = LineBreakClass(bits: 0)
    /// An ideograph, kana or emoji: a line may break before or after it.
    static let ideograph = LineBreakClass(bits: besideBit)
    /// What precedes a line's or a word's first cluster: there is nothing to break after.
    static let lineStart = LineBreakClass(bits: noBreakAfterBit)
    /// A zero-width space: a break after it, never before.
    static let zeroWidthSpace = LineBreakClass(bits: besideBit | noBreakBeforeBit)
    /// Combining marks, joiners and selectors: part of the cluster before them.
    static let continuation = LineBreakClass(bits: continuationBit)
    /// A regional indicator: a flag's first, or its second when it follows one waiting for it (`completesFlag`).
    /// A flag breaks as an emoji does.
    static let regionalIndicator = LineBreakClass(bits: besideBit | pairOpenBit)
    /// An ASCII byte not classified yet: `resolved(before:in:)` reads it.
    static let unreadASCII = LineBreakClass(bits: unreadASCIIBit)

    /// The class itself, or for `unreadASCII` the class of the byte before `position` in `text`.
    @inline(__always)
    func resolved(before position: Int, in text: UnsafeBufferPointer<UInt8>) -> LineBreakClass {
        bits == Self.unreadASCIIBit ? LineBreakClass(ascii: text[position &- 1]) : self
    }

    /// Whether this cluster belongs to the one before it, so no break can come between them.
    var continuesCluster: Bool { bits & Self.continuationBit != 0 }

    /// Whether this cluster opens break opportunities beside it (an ideograph, kana or zero-width
    /// space); between two clusters with none, a line never breaks.
    var allowsBreakBeside: Bool { bits & Self.besideBit != 0 }

    /// Whether this cluster may start a line (kinsoku aside, any cluster but a mark may).
    var mayStartLine: Bool { bits & (Self.noBreakBeforeBit | Self.continuationBit) == 0 }

    /// Whether `next` completes the flag this cluster, a regional indicator waiting for its pair, starts: it joins
    /// this cluster, which is then a whole flag.
    @inline(__always)
    func completesFlag(with next: LineBreakClass) -> Bool { bits & next.bits & Self.pairOpenBit != 0 }

    /// Whether this cluster may end a line (kinsoku aside, any cluster but an opening bracket may).
    var mayEndLine: Bool { bits & Self.noBreakAfterBit == 0 }

    /// Whether a line may break between this cluster and `next`, the cluster after it.
    @inline(__always)
    func allowsBreak(before next: LineBreakClass) -> Bool {
        (bits | next.bits) & Self.besideBit != 0 && bits & Self.noBreakAfterBit == 0
            && next.bits & (Self.noBreakBeforeBit | Self.continuationBit) == 0
    }

    /// The class of an ASCII byte: opening brackets never end a line, closing punctuation never starts one.
    @inline(__always)
    init(ascii byte: UInt8) {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            bits = Self.noBreakAfterBit
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: "."),
            UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "%"):
            bits = Self.noBreakBeforeBit
        default:
            bits = 0
        }
    }

    /// The class of `scalar`, which starts a cluster unless it is zero-width.
    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            self.init(ascii: UInt8(value))
        } else if value < 0x300 || (value >= 0x2010 && value <= 0x2027) {
            // Latin letters and the common dashes and quotes: never zero-width, never ideographic.
            let bits = Self.mustNotStartLine(value) || value == 0xA0 ? Self.noBreakBeforeBit : 0
            self.init(bits: bits | (Self.mustNotEndLine(value) || value == 0xA0 ? Self.noBreakAfterBit : 0))
        } else if value == 0x200B {
            self = .zeroWidthSpace
        } else if value >= 0x1F1E6 && value <= 0x1F1FF {
            self = .regionalIndicator
        } else if value == 0x2060 || value == 0xFEFF || value == 0x202F {
            // Word joiners and the narrow no-break space hold their neighbours together.
            self.init(bits: Self.noBreakBeforeBit | Self.noBreakAfterBit)
        } else if displayWidth(of: scalar) == 0 || scalar.extendsCluster {
            self = .continuation
        } else {
            let beside = Self.isIdeographic(value) || Self.isPictograph(scalar) ? Self.besideBit : 0
            if Self.mustNotStartLine(value) {
                self.init(bits: beside | Self.noBreakBeforeBit)
            } else if Self.mustNotEndLine(value) {
                self.init(bits: beside | Self.noBreakAfterBit)
            } else {
                self.init(bits: beside)
            }
        }
    }

    /// CJK symbols and punctuation, kana, CJK ideographs and their extensions, Yi, compatibility
    /// ideographs, vertical and CJK compatibility forms and the fullwidth and halfwidth forms, leaving
    /// out the Hangul among them (compatibility jamo, enclosed and halfwidth Hangul).
    private static func isIdeographic(_ value: UInt32) -> Bool {
        switch value {
        case 0x3130...0x318F, 0x3200...0x321E, 0x3260...0x327E, 0xFFA0...0xFFDC:
            return false
        case 0x2E80...0x2FFF, 0x3000...0x31FF, 0x3200...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xF900...0xFAFF, 0xFE10...0xFE1F, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Emoji and the pictographs drawn as emoji (not regional indicators, which pair into flags).
    private static func isPictograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1F1E6...0x1F1FF: return false
        case 0x2600...0x27BF, 0x1F000...0x1FAFF: return true
        case 0x2000...0x2BFF: return scalar.properties.isEmojiPresentation
        default: return false
        }
    }

    /// Closing brackets and quotes, commas, full stops, iteration marks, small kana, the prolonged
    /// sound mark and other punctuation that kinsoku keeps from starting a line.
    private static func mustNotStartLine(_ value: UInt32) -> Bool {
        switch value {
        case 0x00B0, 0x00BB, 0x2019, 0x201D, 0x2025, 0x2026, 0x2030, 0x2032...0x2033, 0x203C, 0x2047...0x2049, 0x2103,
            0x3001...0x3002, 0x3005, 0x3009, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015, 0x3017, 0x3019, 0x301B...0x301C,
            0x301E...0x301F, 0x303B, 0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E,
            0x3095...0x3096, 0x309B...0x309E, 0x30A0...0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3,
            0x30E5, 0x30E7, 0x30EE, 0x30F5...0x30F6, 0x30FB...0x30FE, 0x31F0...0x31FF, 0xFE50, 0xFE52,
            0xFE10...0xFE16, 0xFE18, 0xFE19, 0xFE36, 0xFE38, 0xFE3A, 0xFE3C, 0xFE3E, 0xFE40, 0xFE42, 0xFE44,
            0xFE48, 0xFE54...0xFE57, 0xFE5A, 0xFE5C, 0xFE5E, 0xFF01, 0xFF05, 0xFF09, 0xFF0C, 0xFF0E, 0xFF1A...0xFF1B,
            0xFF1F,
            0xFF3D, 0xFF5D, 0xFF60...0xFF61, 0xFF63...0xFF65, 0xFF67...0xFF70, 0xFF9E...0xFF9F:
            return true
        default:
            return false
        }
    }

    /// Opening brackets and quotes, and the fullwidth currency signs written before amounts.
    private static func mustNotEndLine(_ value: UInt32) -> Bool {
        switch value {
        case 0x00AB, 0x2018, 0x201C, 0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016, 0x3018, 0x301A, 0x301D,
            0xFE59, 0xFE5B, 0xFE5D, 0xFF04, 0xFF08, 0xFF3B, 0xFF5B, 0xFF5F, 0xFF62, 0xFFE5:
            return true
        default:
            return false
        }
    }
}
