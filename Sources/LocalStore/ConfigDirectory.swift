public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The directory holding confluence-tui's configuration: accounts, credentials and `sources/`.
///
/// Resolved from `$CONFLUENCE_TUI_HOME`, else `$XDG_CONFIG_HOME/confluence-tui`, else
/// `~/.config/confluence-tui`. Empty variables count as unset, and a relative `XDG_CONFIG_HOME`
/// is ignored, as the XDG base directory specification asks.
public struct ConfigDirectory: Hashable, Sendable {
    /// The directory itself.
    public let url: URL

    /// Uses `url` as the configuration directory.
    public init(url: URL) {
        self.url = url
    }

    /// Resolves the directory from the environment; `home` overrides `$HOME` (for tests).
    public static func resolve(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        home: String? = nil
    ) -> ConfigDirectory {
        if let explicit = nonEmpty(environment["CONFLUENCE_TUI_HOME"]) {
            return ConfigDirectory(url: URL(fileURLWithPath: explicit, isDirectory: true).standardizedFileURL)
        }
        if let xdg = nonEmpty(environment["XDG_CONFIG_HOME"]), xdg.hasPrefix("/") {
            return ConfigDirectory(url: URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("confluence-tui", isDirectory: true))
        }
        let homePath = home ?? nonEmpty(environment["HOME"]) ?? FileManager.default.homeDirectoryForCurrentUser.path
        return ConfigDirectory(url: URL(fileURLWithPath: homePath, isDirectory: true)
            .appendingPathComponent(".config", isDirectory: true)
            .appendingPathComponent("confluence-tui", isDirectory: true))
    }

    /// Creates `directory` and its missing parents with mode 0700; the configuration holds secrets.
    public static func createPrivateDirectory(_ directory: URL) throws(FileSystemError) {
        var path = ""
        for component in directory.standardizedFileURL.pathComponents where component != "/" {
            path += "/" + component
            if mkdir(path, 0o700) != 0, errno != EEXIST {
                throw FileSystemError.lastError("create the directory", path: path)
            }
        }
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}
