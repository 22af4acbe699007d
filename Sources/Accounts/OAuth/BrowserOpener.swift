public import Foundation

/// Opens a URL in the user's browser with `xdg-open` (Linux) or `open` (macOS) when one is on `PATH`.
public enum BrowserOpener {
    /// Starts the opener for `url` without waiting for it; returns whether one was found and started.
    ///
    /// Callers print the URL regardless, since no browser may be reachable (SSH, containers).
    @discardableResult
    public static func open(_ url: URL, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        let names = ["xdg-open", "open"]
        for name in names {
            for directory in path.split(separator: ":") where !directory.isEmpty {
                let candidate = String(directory) + "/" + name
                guard FileManager.default.isExecutableFile(atPath: candidate) else { continue }
                let process = Process()
                process.executableURL = URL(fileURLWithPath: candidate)
                process.arguments = [url.absoluteString]
                process.standardInput = FileHandle.nullDevice
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                do {
                    try process.run()
                    return true
                } catch {
                    continue
                }
            }
        }
        return false
    }
}
