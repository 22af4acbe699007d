import Foundation
import LocalStore

/// Where a demo keeps the definitions saved in it: `demo/PID` in the configuration folder. They point at that run's
/// emulator and its "demo" account, neither of which outlives it, so they stay apart from the real ones; one folder
/// per running demo means two demos at once never empty each other's.
enum DemoScratch {
    /// This demo's folder, after removing those of demos no longer running (a demo that crashed left its own).
    static func claim() -> ConfigDirectory {
        let root = ConfigDirectory.resolve().url.appendingPathComponent("demo")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [] where !isRunning(name) {
            try? FileManager.default.removeItem(at: root.appendingPathComponent(name))
        }
        return ConfigDirectory(url: root.appendingPathComponent(String(getpid())))
    }

    /// Removes this demo's folder.
    static func release(_ scratch: ConfigDirectory) {
        try? FileManager.default.removeItem(at: scratch.url)
    }

    /// Whether `name` is the process id of a running process.
    private static func isRunning(_ name: String) -> Bool {
        guard let pid = Int32(name), pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
