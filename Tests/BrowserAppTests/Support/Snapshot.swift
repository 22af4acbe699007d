import Foundation
import Testing
import TerminalKit

/// Text snapshots under `Tests/BrowserAppTests/Snapshots`: compared by default, written when
/// `SNAPSHOT_RECORD=1`. A mismatch fails with a line diff.
enum Snapshot {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")
    }

    static var recording: Bool { ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1" }

    /// Compares `grid` (plain text, with a frame line per row so trailing spaces show) with the snapshot `name`.
    static func assert(_ grid: Grid, named name: String, styled: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = render(grid, styled: styled)
        let file = directory.appendingPathComponent(name + ".txt")
        if recording {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            do {
                try actual.write(to: file, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("Could not record snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("Snapshot \(file.path) is missing; record it with SNAPSHOT_RECORD=1 swift test", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let message = "Snapshot \(name) differs (record with SNAPSHOT_RECORD=1):\n" + diff(expected, actual)
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }

    /// The grid with a header line naming its size; each row ends with `|` so trailing blanks are visible.
    static func render(_ grid: Grid, styled: Bool) -> String {
        let rows = grid.dump(styled: styled).split(separator: "\n", omittingEmptySubsequences: false)
        return "size \(grid.width)x\(grid.height)\n" + rows.map { String($0) + "|" }.joined(separator: "\n") + "\n"
    }

    /// Lines that differ, as `-expected` / `+actual` pairs with their line numbers.
    static func diff(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? String(a[index]) : "<none>"
            let right = index < b.count ? String(b[index]) : "<none>"
            if left != right { out.append("line \(index + 1):\n- \(left)\n+ \(right)") }
        }
        return out.joined(separator: "\n")
    }
}
