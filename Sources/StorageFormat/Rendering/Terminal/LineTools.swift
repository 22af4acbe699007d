/// Helpers for measuring, padding and clipping styled lines.
enum LineTools {
    /// The display width of runs.
    static func width(of runs: [StyledRun]) -> Int {
        var total = 0
        for run in runs { total += width(of: run.text) }
        return total
    }

    /// The display width of text, with a fast path over the bytes when it is ASCII (run text holds no
    /// control characters, so every ASCII byte is one cell).
    static func width(of text: String) -> Int {
        var text = text
        let isASCII = text.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } }
        return isASCII ? text.utf8.count : displayWidth(of: text)
    }

    /// Runs cut to at most `width` cells; the last cell becomes `marker` when something was cut.
    static func clip(_ runs: [StyledRun], to width: Int, marker: String) -> (runs: [StyledRun], clipped: Bool) {
        guard LineTools.width(of: runs) > width else { return (runs, false) }
        let limit = max(0, width - 1)
        var result: [StyledRun] = []
        var used = 0
        outer: for run in runs {
            var counter = DisplayWidthCounter()
            var end = run.text.unicodeScalars.startIndex
            for index in run.text.unicodeScalars.indices {
                let before = counter.width
                let added = counter.add(run.text.unicodeScalars[index])
                if used + before + added > limit {
                    if index > run.text.startIndex { result.append(StyledRun(String(run.text[..<index]), run.style)) }
                    used += before
                    break outer
                }
                end = run.text.unicodeScalars.index(after: index)
            }
            result.append(StyledRun(String(run.text[..<end]), run.style))
            used += counter.width
        }
        if width > 0 { result.append(StyledRun(marker, RunStyle(role: .annotation, attributes: .dim))) }
        return (result, true)
    }

    /// Expands tabs to the next multiple of four columns (terminals must not receive raw tabs).
    static func expandTabs(_ text: Substring) -> String {
        guard text.utf8.contains(0x09) else { return String(text) }
        var result = ""
        var column = 0
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                let spaces = 4 - column % 4
                result += String(repeating: " ", count: spaces)
                column += spaces
            } else {
                result.unicodeScalars.append(scalar)
                column += displayWidth(of: scalar)
            }
        }
        return result
    }
}

extension LineTools {
    /// Removes trailing spaces from the last runs (blank lines inside containers).
    static func trimTrailingSpaces(_ runs: inout [StyledRun]) {
        while let last = runs.last {
            let trimmed = last.text.reversed().drop(while: { $0 == " " })
            if trimmed.isEmpty {
                runs.removeLast()
                continue
            }
            runs[runs.count - 1].text = String(trimmed.reversed())
            break
        }
    }
}
