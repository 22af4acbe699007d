import DataSources
import TerminalKit

/// The full pass's progress as a bar with its count, `[█████░░░░] 120/300 pages`, and the speed line beneath it.
enum ProgressBar {
    /// The bar and `done/total pages`, fitted to `width` columns (the bar takes what the count leaves, at most 40).
    static func runs(_ progress: IngestProgress?, width: Int) -> [StyledRun] {
        let done = progress?.done ?? 0
        let total = progress?.total
        let count = " \(Plural.grouped(done))/\(total.map(Plural.grouped) ?? "?") pages"
        let barWidth = min(40, width - displayWidth(count) - 2)
        guard barWidth >= 5 else { return [StyledRun(String(count.dropFirst()), style: CellStyle(.title))] }
        let filled = total.map { $0 > 0 ? min(barWidth, barWidth * done / $0) : barWidth } ?? 0
        return [
            StyledRun("[", style: CellStyle(.dim)),
            StyledRun(String(repeating: "█", count: filled), style: CellStyle(.success)),
            StyledRun(String(repeating: "░", count: barWidth - filled), style: CellStyle(.dim)),
            StyledRun("]", style: CellStyle(.dim)),
            StyledRun(count, style: CellStyle(.title)),
        ]
    }

    /// `45.2 pages/s · ETA 4 s · 2 failed · waiting 1.0 s (rate limit) · 37 requests`.
    static func speed(_ progress: IngestProgress?) -> String {
        guard let progress else { return "starting" }
        let figures = progress.figures { duration($0.components.seconds + ($0.components.attoseconds > 0 ? 1 : 0)) }
        return (figures + [Plural.count(progress.requests, "request")]).joined(separator: " · ")
    }

    /// A measured time: `1.2 s` below ten seconds, then as `duration` says it.
    static func elapsed(_ seconds: Double) -> String {
        seconds < 10 ? String(format: "%.1f s", seconds) : duration(Int64(seconds.rounded()))
    }

    /// `4 s`, `2 min 5 s`, `1 h 3 min`.
    static func duration(_ seconds: Int64) -> String {
        switch seconds {
        case ..<60: "\(seconds) s"
        case ..<3600: "\(seconds / 60) min \(seconds % 60) s"
        default: "\(seconds / 3600) h \(seconds % 3600 / 60) min"
        }
    }
}
