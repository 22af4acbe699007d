import ConfluenceKit
import Foundation

/// The rules for a definition's name, which is also its file name (`sources/NAME.json`).
///
/// A name is 1 to 64 ASCII letters, digits, `.`, `-` or `_`, starting with a letter or digit,
/// so it is safe as a file name on every system and needs no quoting in a shell.
public enum DefinitionName {
    /// The longest name allowed.
    public static let maximumLength = 64

    /// A sentence saying why `name` is not allowed, or `nil` when it is.
    public static func problem(_ name: String) -> String? {
        let rule = "a definition name uses ASCII letters, digits, '.', '-' and '_', starts with a letter or digit, and has at most "
            + "\(maximumLength) characters"
        guard let first = name.first else { return "the definition name is empty; " + rule }
        if name.count > maximumLength {
            return "the definition name has \(name.count) characters; " + rule
        }
        // A character no name may hold is named before where it stands (`ü` is not ASCII, wherever it is).
        if let bad = name.first(where: { !($0.isASCIILetter || $0.isASCIIDigit || "._-".contains($0)) }) {
            return "the definition name \(quoted(name)) has \(describe(bad)); " + rule
        }
        if !(first.isASCIILetter || first.isASCIIDigit) {
            return "the definition name \(quoted(name)) starts with \(quoted(String(first))); " + rule
        }
        return nil
    }

    /// The name to suggest for a copy of `name`: `NAME-copy`, or `NAME-copy-2` and on when that is in `taken`, with `name`
    /// shortened as much as the longest name allowed needs.
    public static func copyName(of name: String, taken: Set<String>) -> String {
        var number = 1
        while true {
            let suffix = number == 1 ? "-copy" : "-copy-\(number)"
            let candidate = String(name.prefix(maximumLength - suffix.count)) + suffix
            if !taken.contains(candidate) { return candidate }
            number += 1
        }
    }

    /// A name made from `text` (a space key, label or page title) to offer when saving: lowercased without accents, each
    /// run of characters a name cannot hold made one `-`, starting and ending with a letter or digit, cut to the longest
    /// name allowed; nil when nothing of it is left.
    public static func suggestion(from text: String) -> String? {
        func isAlphanumeric(_ character: Character) -> Bool { character.isASCIILetter || character.isASCIIDigit }
        var name = ""
        for character in text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) {
            if isAlphanumeric(character) || (".-_".contains(character) && !name.isEmpty) {
                name.append(character)
            } else if !name.isEmpty && name.last != "-" {
                name.append("-")
            }
        }
        let kept = name.prefix(maximumLength)
        let trimmed = String(kept[..<(kept.lastIndex(where: isAlphanumeric).map(kept.index(after:)) ?? kept.startIndex)])
        return isValid(trimmed) ? trimmed : nil
    }

    /// Whether `name` is allowed.
    public static func isValid(_ name: String) -> Bool {
        problem(name) == nil
    }

    /// `text` in quotes, each control or invisible formatting scalar named (`<U+202E>`) as the definition's summary names it.
    static func quoted(_ text: String) -> String {
        "\"" + text.showingHiddenFormatting + "\""
    }

    static func describe(_ character: Character) -> String {
        if character == " " { return "a space" }
        if character == "/" { return "a '/'" }
        if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return "a control character" }
        return "\(quoted(String(character)))"
    }
}

extension Character {
    /// Whether this is one of `a`...`z` or `A`...`Z`.
    var isASCIILetter: Bool { isASCII && isLetter }
}
