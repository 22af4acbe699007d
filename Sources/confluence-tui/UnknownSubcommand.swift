import ArgumentParser

/// A word where a subcommand belongs that names none (`confluence-tui pages`), with the nearest real name when one is close.
struct UnknownSubcommand: Error, CustomStringConvertible {
    /// The command the word followed, e.g. `confluence-tui` or `confluence-tui accounts`.
    let parent: String
    /// The subcommand path as typed, e.g. `pages` or `accounts lst`.
    let typed: String
    /// The nearest real subcommand path, when it is within a typo of `typed`.
    let suggestion: String?

    var description: String {
        "unknown subcommand '\(typed)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
    }

    /// The first word of `arguments` (the program name excluded) that stands where `root` or one of its subcommands
    /// expects a subcommand and names none; nil when an option or a real command comes first.
    ///
    /// - Note: a default subcommand that takes positional arguments would make such a word valid; none of ours does.
    static func find(in arguments: [String], of root: any ParsableCommand.Type) -> UnknownSubcommand? {
        var subcommands = root.configuration.subcommands
        var path: [String] = []
        var askedForHelp = false
        for word in arguments {
            guard !word.hasPrefix("-"), !subcommands.isEmpty else { return nil }
            // `help X` names a subcommand just as `X` does.
            if path.isEmpty && word == "help" {
                // `help help` is the parser's to answer.
                if askedForHelp { return nil }
                askedForHelp = true
                continue
            }
            if let next = subcommands.first(where: { $0._commandName == word || $0.configuration.aliases.contains(word) }) {
                subcommands = next.configuration.subcommands
                path.append(word)
                continue
            }
            let nearest = nearestName(to: word, among: subcommands.map { $0._commandName })
            return UnknownSubcommand(parent: ([root._commandName] + path).joined(separator: " "),
                                     typed: (path + [word]).joined(separator: " "),
                                     suggestion: nearest.map { (path + [$0]).joined(separator: " ") })
        }
        return nil
    }

    /// The name fewest edits from `word`, when they are few for its length: one for up to five letters, else two.
    private static func nearestName(to word: String, among names: [String]) -> String? {
        var nearest: String?
        var fewest = Int.max
        for name in names {
            let distance = word.editDistance(to: name)
            if distance <= min(2, max(1, name.count / 3)), distance < fewest {
                nearest = name
                fewest = distance
            }
        }
        return nearest
    }
}
