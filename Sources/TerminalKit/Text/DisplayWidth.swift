import CNCursesW

/// The number of terminal columns `s` occupies: the sum of its grapheme clusters' widths.
public func displayWidth(_ s: String) -> Int {
    var total = 0
    for character in s {
        total += clusterWidth(character)
    }
    return total
}

/// The number of terminal columns one grapheme cluster occupies (0, 1 or 2).
///
/// Single scalars use the system `wcwidth` under a UTF-8 locale (independent of the process locale);
/// emoji presentation, VS16 sequences, ZWJ sequences, skin-tone sequences and regional-indicator
/// pairs are 2; combining marks and format characters are 0. Another cluster of several spacing
/// scalars (an Indic conjunct, a vowel sign) takes what they take side by side, as terminals draw them,
/// up to 2, unless a joiner makes them one glyph.
public func clusterWidth(_ character: Character) -> Int {
    if let ascii = character.asciiValue {
        return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
    }
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if scalars.count == 1 { return ScalarWidth.width(of: first) }
    return ScalarWidth.multiScalarWidth(scalars, first: first)
}

/// Width rules for scalars and multi-scalar clusters.
enum ScalarWidth {
    /// A UTF-8 `LC_CTYPE` locale object, so `wcwidth` works whatever the process locale is.
    nonisolated(unsafe) static let utf8Locale: locale_t? = {
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] {
            if let locale = cnc_newlocale_ctype(name) { return locale }
        }
        return nil
    }()

    static func multiScalarWidth(_ scalars: Character.UnicodeScalarView, first: Unicode.Scalar) -> Int {
        if isRegionalIndicator(first) {
            let indicators = scalars.lazy.filter(isRegionalIndicator).count
            return indicators >= 2 ? 2 : width(of: first)
        }
        var hasVS16 = false
        var hasZWJ = false
        var hasModifier = false
        var hasPictographic = false
        var spacing = 0
        var widest = 0
        for scalar in scalars {
            switch scalar.value {
            case 0xFE0F: hasVS16 = true
            case 0x200D: hasZWJ = true
            case 0x1F3FB...0x1F3FF: hasModifier = true
            default: break
            }
            if scalar.value > 0xFF && scalar.properties.isEmoji { hasPictographic = true }
            spacing += width(of: scalar)
            widest = max(widest, width(of: scalar))
        }
        if hasVS16 && first.properties.isEmoji { return 2 }
        if hasZWJ && hasPictographic { return 2 }
        if hasModifier && first.properties.isEmojiModifierBase { return 2 }
        // A joiner makes the letters after it one glyph with the one before (as page text is measured).
        return hasZWJ ? widest : min(spacing, 2)
    }

    /// Width of a single scalar.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
        if value < 0x7F { return 1 }
        if value == 0x200B || value == 0x200C || value == 0x200D || value == 0x2060 || value == 0xFEFF { return 0 }
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if scalar.properties.isEmojiPresentation { return 2 }
        let system = systemWidth(scalar)
        if system >= 0 { return min(system, 2) }
        return isWideByTable(value) ? 2 : 1
    }

    /// What a terminal's `wcwidth` gives `scalar`: under the UTF-8 locale, or the process's (which the screen sets to
    /// one) when the system has no UTF-8 locale to load.
    static func terminalWidth(_ scalar: Unicode.Scalar) -> Int {
        utf8Locale == nil ? Int(cnc_wcwidth(wchar_t(bitPattern: scalar.value))) : systemWidth(scalar)
    }

    /// `wcwidth` under the UTF-8 locale, or -1 when no such locale exists.
    static func systemWidth(_ scalar: Unicode.Scalar) -> Int {
        guard let locale = utf8Locale else { return -1 }
        let previous = cnc_uselocale(locale)
        defer { _ = cnc_uselocale(previous) }
        return Int(cnc_wcwidth(wchar_t(bitPattern: scalar.value)))
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    /// East Asian Wide/Fullwidth blocks, used only when `wcwidth` cannot answer.
    static func isWideByTable(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
