import Foundation
import Testing

/// Text snapshots under `Tests/StorageFormatTests/Snapshots/`. Run with `SNAPSHOT_RECORD=1` to (re)record;
/// otherwise a mismatch or a missing snapshot fails and shows a line diff.
enum Snapshot {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Snapshots")
    }

    static var isRecording: Bool { ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1" }

    /// Compares `actual` with the stored snapshot `name`, or records it in record mode.
    static func assert(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name + ".txt")
        if isRecording {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("snapshot \(name).txt is missing; run with SNAPSHOT_RECORD=1 to record it",
                         sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let message = "snapshot \(name) differs (- expected, + actual):\n" + diff(expected, actual)
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }

    /// A compact line diff: the differing lines with a little context.
    static func diff(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? String(old[index]) : nil
            let after = index < new.count ? String(new[index]) : nil
            guard before != after else { continue }
            if let before { lines.append("-\(index + 1): \(before)") }
            if let after { lines.append("+\(index + 1): \(after)") }
            if lines.count > 40 {
                lines.append("...")
                break
            }
        }
        return lines.joined(separator: "\n")
    }
}
