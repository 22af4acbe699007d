/// Width-aware helpers for fitting text into columns.
public enum TextLayout {
    /// Styled runs cut to `width` columns, the last one ending in `ellipsis` when cut.
    public static func truncate(_ runs: [StyledRun], toWidth width: Int, ellipsis: String = "…") -> [StyledRun] {
        let total = runs.reduce(0) { $0 + displayWidth($1.text) }
        guard total > width else { return runs }
        var result: [StyledRun] = []
        var remaining = width
        for run in runs {
            let runWidth = displayWidth(run.text)
            if runWidth < remaining {
                result.append(run)
                remaining -= runWidth
                continue
            }
            result.append(StyledRun(truncate(run.text, toWidth: remaining, ellipsis: ellipsis), style: run.style))
            break
        }
        return result
    }

    /// `text` cut to at most `width` columns; when cut, the last column(s) show `ellipsis`.
    /// A wide cluster is never split: the result may be one column narrower than `width`.
    /// Spaces before the ellipsis are dropped.
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth(text) <= width { return text }
        let markWidth = displayWidth(ellipsis)
        let room = markWidth <= width ? width - markWidth : width
        var result = ""
        var used = 0
        for character in text {
            let w = clusterWidth(character)
            if used + w > room { break }
            result.append(character)
            used += w
        }
        guard markWidth <= width else { return result }
        while result.last == " " { result.removeLast() }
        return result + ellipsis
    }

    /// `text` cut to at most `width` columns from the start, keeping its end (a breadcrumb's nearest parent):
    /// when cut, the first column(s) show `ellipsis`. Spaces after the ellipsis are dropped.
    public static func truncateKeepingEnd(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        // Cutting the reversed text keeps whole clusters, as `truncate` does.
        String(truncate(String(text.reversed()), toWidth: width, ellipsis: String(ellipsis.reversed())).reversed())
    }

    /// A path (`ENG › Guides › Setup`) cut to at most `width` columns in the middle: its first part (a space key) and
    /// as many whole parts from its end (the nearest parents) as fit stay, with `ellipsis` for what was dropped; a last
    /// part too wide for the room left keeps its start instead (after the ellipsis, when parts before it were dropped),
    /// and the end alone shows when even the first part leaves too little room.
    public static func truncatePath(_ text: String, separator: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard displayWidth(text) > width, let cut = text.firstRange(of: separator) else {
            return truncateKeepingEnd(text, toWidth: width, ellipsis: ellipsis)
        }
        let head = String(text[..<cut.upperBound])
        let room = width - displayWidth(head)
        // The end needs room for the ellipsis and at least a few columns of its own.
        guard room >= displayWidth(ellipsis) + 4 else { return truncateKeepingEnd(text, toWidth: width, ellipsis: ellipsis) }
        let rest = String(text[cut.upperBound...])
        let last = rest.split(separator: separator).last.map(String.init) ?? rest
        guard displayWidth(ellipsis + last) <= room else {
            // Parts dropped between the first and the last are marked, so the last does not read as the first's child.
            // The separator after the mark is spared where it would leave the last part fewer than eight columns.
            let dropped = rest.contains(separator) ? ellipsis + (room - displayWidth(ellipsis + separator) >= 8 ? separator : "") : ""
            return head + dropped + truncate(last, toWidth: room - displayWidth(dropped), ellipsis: ellipsis)
        }
        // Whole parts from the end, after the ellipsis and a separator; where even the last one leaves no room for
        // the separator, the ellipsis alone before it.
        let marker = ellipsis + separator
        guard displayWidth(marker + last) <= room else { return head + ellipsis + last }
        var kept = last
        for part in rest.split(separator: separator).dropLast().reversed() {
            let longer = String(part) + separator + kept
            guard displayWidth(marker + longer) <= room else { break }
            kept = longer
        }
        return head + marker + kept
    }

    /// Whether a long word may be broken after `character`.
    private static func breaksAfter(_ character: Character) -> Bool {
        "/?&=-.,".contains(character)
    }

    /// `text` without leading and trailing spaces.
    public static func trimmingSpaces(_ text: String) -> String {
        guard let first = text.firstIndex(where: { $0 != " " }), let last = text.lastIndex(where: { $0 != " " }) else { return "" }
        return String(text[first...last])
    }

    /// `text` padded with spaces on the right to exactly `width` columns (truncated first if longer).
    public static func pad(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        let fitted = truncate(text, toWidth: width, ellipsis: ellipsis)
        let missing = width - displayWidth(fitted)
        return missing > 0 ? fitted + String(repeating: " ", count: missing) : fitted
    }

    /// At most `rows` of `lines`, the last ending in `ellipsis` when lines were left out, so a cut text says so.
    public static func fitting(_ lines: [String], rows: Int, width: Int, ellipsis: String = "…") -> [String] {
        guard lines.count > rows else { return lines }
        guard rows > 0 else { return [] }
        var kept = Array(lines.prefix(rows))
        kept[rows - 1] = truncate(kept[rows - 1] + " " + ellipsis, toWidth: width, ellipsis: ellipsis)
        return kept
    }

    /// Greedy word wrap to `width` columns; words longer than a line (a URL, a path) are broken after punctuation
    /// (`/`, `?`, `&`, `=`, `-`, `.`, `,`) where the line holds one, else by cluster.
    /// Newlines in `text` start new lines. Always returns at least one line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [""] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let wordWidth = displayWidth(String(word))
                let gap = line.isEmpty ? 0 : 1
                if lineWidth + gap + wordWidth <= width {
                    if gap == 1 { line.append(" ") }
                    line += word
                    lineWidth += gap + wordWidth
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                line = ""
                lineWidth = 0
                for character in word {
                    let w = clusterWidth(character)
                    if lineWidth + w > width, !line.isEmpty {
                        // Break after the line's last punctuation, carrying the rest over, when that keeps a third of the line.
                        let cut = line.lastIndex(where: breaksAfter).map { line.index(after: $0) }
                            .flatMap { displayWidth(String(line[..<$0])) * 3 >= width ? $0 : nil } ?? line.endIndex
                        let carried = String(line[cut...])
                        lines.append(String(line[..<cut]))
                        line = carried
                        lineWidth = displayWidth(carried)
                    }
                    line.append(character)
                    lineWidth += w
                }
            }
            lines.append(line)
        }
        return lines
    }
}
