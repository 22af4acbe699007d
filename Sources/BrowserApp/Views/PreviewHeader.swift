import Foundation
import TerminalKit

/// The header above a page body: title, breadcrumb, version line, labels and web URL.
enum PreviewHeader {
    /// The separator of the breadcrumb's parts.
    static let pathSeparator = " › "

    /// The header rows for `page` (rows with nothing to say are left out). They do not depend on whether the page is
    /// a cached copy (the pane's title says so), so the page does not move when a refresh lands.
    static func lines(_ page: PageDetail) -> [[StyledRun]] {
        var rows: [[StyledRun]] = [[StyledRun(page.title.shownAsTitle, style: CellStyle(.title, attributes: .bold))]]
        if let breadcrumb = breadcrumb(page) {
            rows.append([StyledRun(breadcrumb, style: CellStyle(.dim))])
        }
        rows.append([StyledRun(versionLines(page)[0], style: CellStyle(.dim))])
        if !page.labels.isEmpty {
            rows.append([StyledRun("labels ", style: CellStyle(.dim))]
                        + page.labels.enumerated().flatMap { index, label in
                            [StyledRun(index == 0 ? "" : " "), StyledRun(label, style: CellStyle(.success))]
                        })
        }
        if let url = page.webURL, !url.isEmpty {
            rows.append([StyledRun(url, style: CellStyle(.link))])
        }
        return rows
    }

    /// The version line, `v12 · 2025-08-26 23:23 UTC · by Bob Okafor · id 66001`, then shorter forms of it that keep the
    /// id, which a filter of page ids needs: without the time of day, without the author, without the date, the id alone.
    static func versionLines(_ page: PageDetail) -> [String] {
        let version = page.version.map { "v\($0)" }
        let date = page.lastModified.map(format)
        let author = page.author.flatMap { $0.isEmpty ? nil : "by " + $0 }
        let id = "id " + page.id
        let day = date.map { String($0.prefix(10)) }
        return [[version, date, author, id], [version, day, author, id], [version, day, id], [version, id], [id]]
            .map { $0.compactMap { $0 }.joined(separator: " · ") }
    }

    /// The space key and the ancestors' titles (ids where a title is unknown), nil when there are none.
    static func breadcrumb(_ page: PageDetail) -> String? {
        let crumbs = [page.spaceKey].compactMap { $0 } + page.ancestors.map { $0.title ?? $0.id }
        return crumbs.isEmpty ? nil : crumbs.joined(separator: pathSeparator)
    }

    /// The rows `header` (the page's `lines`) takes at `width`: one each, and one more for a title too wide for its row.
    static func rowCount(_ header: [[StyledRun]], width: Int) -> Int {
        header.count + (titleLines(header, width: width).count > 1 ? 1 : 0)
    }

    /// `header` laid out at `width`: a title too wide for its row wraps onto a second, cut there with `ellipsis` (so a long
    /// title is read whole on a wider screen or in the zoomed pane), and every other row is cut to it (see `fitted`).
    static func shown(_ header: [[StyledRun]], of page: PageDetail?, width: Int, ellipsis: String) -> [[StyledRun]] {
        guard let title = header.first?.first, header.first?.count == 1 else { return header }
        let lines = titleLines(header, width: width)
        let titleRows = lines.count > 1
            ? [lines[0], TextLayout.truncate(lines[1...].joined(separator: " "), toWidth: width, ellipsis: ellipsis)]
            : [TextLayout.truncate(title.text, toWidth: width, ellipsis: ellipsis)]
        // The rows that are cut their own way are known by their text, worked out once for all the rows.
        let path = page.flatMap(breadcrumb)
        let versions = page.map(versionLines) ?? []
        return titleRows.map { [StyledRun($0, style: title.style)] } + header.dropFirst().map { runs in
            fitted(runs, path: path, versions: versions, width: width, ellipsis: ellipsis)
        }
    }

    /// The title row of `header` wrapped to `width`.
    private static func titleLines(_ header: [[StyledRun]], width: Int) -> [String] {
        guard width > 0, let title = header.first?.first, header.first?.count == 1, displayWidth(title.text) > width else { return [""] }
        return TextLayout.wrap(title.text, width: width)
    }

    /// A header row cut to `width`: the breadcrumb (`path`) in its middle, keeping the space and the nearest parent, as
    /// the lists cut paths; the version line (the first of `versions`) to the first of its shorter forms that fits; any
    /// other row at its end.
    private static func fitted(_ runs: [StyledRun], path: String?, versions: [String], width: Int, ellipsis: String) -> [StyledRun] {
        if runs.count == 1, let path, runs[0].text == path {
            return [StyledRun(TextLayout.truncatePath(path, separator: pathSeparator, toWidth: width, ellipsis: ellipsis), style: runs[0].style)]
        }
        if runs.count == 1, let full = versions.first, runs[0].text == full {
            let shortest = versions.first { displayWidth($0) <= width } ?? versions[versions.count - 1]
            return [StyledRun(TextLayout.truncate(shortest, toWidth: width, ellipsis: ellipsis), style: runs[0].style)]
        }
        return TextLayout.truncate(runs, toWidth: width, ellipsis: ellipsis)
    }

    /// `2025-03-01 14:05 UTC`.
    static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute)) UTC"
    }
}
