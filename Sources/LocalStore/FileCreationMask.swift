import Foundation

/// The process's file mode creation mask (`umask`), which a file written with an explicit mode is cut by as one made with
/// `open(2)` would be.
public enum FileCreationMask {
    /// The mask, read from `/proc/self/status` where Linux gives it, so it is never set even for a moment; else by setting
    /// it and putting it back.
    public static var current: Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
           let mask = Int(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8) {
            return mask
        }
        let mask = umask(0o022)
        umask(mask)
        return Int(mask)
    }

    /// `mode` as `mask` (the process's, unless given) lets a new file have it.
    public static func applied(to mode: Int, mask: Int = current) -> Int {
        mode & ~mask & 0o7777
    }
}
