import Foundation

/// Opens URLs with `xdg-open` when the system has it.
public enum SystemURLOpener {
    /// The path of `xdg-open` on `PATH`, if any.
    static func xdgOpenPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let directories = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        return directories.map { String($0) + "/xdg-open" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `xdg-open url` with its output discarded; without `xdg-open` (or for a URL that is not
    /// http(s)) the URL is shown instead.
    public static func open(_ url: String) async -> EffectReport {
        guard url.hasPrefix("http://") || url.hasPrefix("https://"), let tool = xdgOpenPath() else { return .showURL(url) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [url]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let status: Int32? = await withCheckedContinuation { continuation in
            process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(returning: nil)
            }
        }
        return status == 0 ? .notice("Opened the page in the browser.") : .showURL(url)
    }
}
