public import Foundation
import LocalStore
import TerminalKit

extension KeyMap {
    /// The configuration directory: `$CONFLUENCE_TUI_HOME`, else `$XDG_CONFIG_HOME/confluence-tui`,
    /// else `~/.config/confluence-tui`.
    public static func configDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let home = environment["CONFLUENCE_TUI_HOME"], !home.isEmpty { return home }
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/confluence-tui" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.config/confluence-tui"
    }

    /// Loads `keys.json` from the configuration directory. A missing file gives the defaults and no
    /// error; a bad file gives the defaults and the error to show.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> (KeyMap, KeyMapError?) {
        let path = configDirectory(environment: environment) + "/keys.json"
        guard FileManager.default.fileExists(atPath: path) else { return (.defaults, nil) }
        do {
            return (try load(path: path), nil)
        } catch {
            return (.defaults, error)
        }
    }

    /// Loads bindings from the file at `path`.
    public static func load(path: String) throws(KeyMapError) -> KeyMap {
        let data: Data
        do {
            data = try Data(readingStoredFileAt: path, limit: 1 << 20)
        } catch {
            throw KeyMapError(path: path, reason: .unreadable(error.cause))
        }
        return try parse(data, path: path)
    }

    /// Parses `keys.json` content: an object mapping command names to a key name or a list of key
    /// names, e.g. `{"down": ["j", "Down", "Ctrl-N"], "quit": "q"}`. Unnamed commands keep their defaults.
    public static func parse(_ data: Data, path: String) throws(KeyMapError) -> KeyMap {
        let object: Any
        do {
            // The locator names the line of a syntax error and refuses a command written twice, which would leave one
            // of its bindings unread.
            _ = try JSONLocator(data)
        } catch {
            throw KeyMapError(path: path, reason: .notJSON("line \(error.line): \(error.sentence)"))
        }
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw KeyMapError(path: path, reason: .notJSON(Self.jsonProblem(error)))
        }
        guard let table = object as? [String: Any] else { throw KeyMapError(path: path, reason: .notAnObject) }
        var overrides: [Command: [Key]] = [:]
        for name in table.keys.sorted() {
            guard let command = Command(rawValue: name) else {
                throw KeyMapError(path: path, reason: .unknownCommand(name))
            }
            let names: [String]
            if let single = table[name] as? String {
                names = [single]
            } else if let list = table[name] as? [String] {
                names = list
            } else {
                throw KeyMapError(path: path, reason: .badKeyList(name))
            }
            overrides[command] = try names.map { (keyName: String) throws(KeyMapError) -> Key in
                guard let key = Key(name: keyName) else {
                    throw KeyMapError(path: path, reason: .unknownKey(command: name, key: keyName))
                }
                return key
            }
        }
        return try defaults.replacing(overrides, path: path)
    }

    /// The useful part of a JSONSerialization error (its debug description names the position).
    private static func jsonProblem(_ error: any Error) -> String {
        let info = (error as NSError).userInfo
        return (info[NSDebugDescriptionErrorKey] as? String) ?? "malformed content"
    }
}
