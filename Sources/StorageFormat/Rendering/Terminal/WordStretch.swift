/// How much of a stretch of words fits on the wrapper's line: one pass over the stretch's bytes that
/// measures its words and notes the single spaces between them as break opportunities.
struct WordStretch {
    /// Where the stretch stops: after the last word it takes, or at the word that overflows.
    private(set) var end: Int
    /// The line's width with the words taken.
    private(set) var lineWidth: Int
    /// The last space taken (a break opportunity), -1 when none, and the line's width before it.
    private(set) var lastBreak: Int
    private(set) var widthBeforeBreak: Int
    /// Whether the word at `end` overflows the line and starts the next one.
    private(set) var overflows = false

    /// What the counter would hold after the bytes measured so far: runs of ASCII and of Hangul or
    /// CJK are counted without it, and it is brought up to date only where it is read.
    private enum Cluster { case counted, ascii, wide, none }

    /// Measures the words of `text` from `start` (not a space) onto a line `lineWidth` cells wide so
    /// far, continuing `counter`'s cluster: it takes words while single spaces part them, stopping
    /// after the word that overflows `width`, before a run of spaces or at the end. A word that
    /// overflows right after a break (the stretch's own, or one just before it when `afterBreak`)
    /// is not taken but starts the next line.
    init(
        _ text: UnsafeBufferPointer<UInt8>, from start: Int, lineWidth: Int, width: Int, afterBreak: Bool,
        counter: inout DisplayWidthCounter
    ) {
        var total = lineWidth
        var index = start
        var lastBreak = -1
        var widthBeforeBreak = 0
        var overflowingWord = -1
        var cluster = Cluster.counted
        // Each step measures a run of ASCII or of wide syllables, or one other scalar; a step that
        // ends at a space or the end ends a word.
        while true {
            let byte = text[index]
            if byte < 0x80 {
                let runEnd = LineTools.asciiRunEnd(text, from: index &+ 1, toSpace: true)
                total &+= runEnd &- index
                index = runEnd
                cluster = .ascii
            } else if LineTools.isWideSyllable(text, at: index) {
                let runEnd = LineTools.wideRunEnd(text, from: index &+ 3)
                if cluster == .counted {
                    total &+= counter.add(wideRunCount: (runEnd &- index) / 3)
                } else {
                    total &+= (runEnd &- index) / 3 &* 2
                    cluster = .wide
                }
                index = runEnd
            } else {
                Self.update(&counter, to: cluster)
                let scalar = LineTools.measureScalar(text, at: index, continuing: &counter)
                total &+= scalar.width
                index = scalar.end
                cluster = .counted
            }
            if index < text.count && text[index] != 0x20 { continue }
            if total > width {
                if lastBreak >= 0 || afterBreak { overflowingWord = lastBreak >= 0 ? lastBreak &+ 1 : start }
                break
            }
            guard total > 0, index &+ 1 < text.count, text[index &+ 1] != 0x20 else { break }
            lastBreak = index
            widthBeforeBreak = total
            total &+= 1
            index &+= 1
            cluster = .none
        }
        overflows = overflowingWord >= 0
        if overflows {
            end = overflowingWord
        } else {
            end = index
            Self.update(&counter, to: cluster)
        }
        self.lineWidth = total
        self.lastBreak = lastBreak
        self.widthBeforeBreak = widthBeforeBreak
    }

    /// Brings `counter` up to date with the last cluster measured without it.
    private static func update(_ counter: inout DisplayWidthCounter, to cluster: Cluster) {
        switch cluster {
        case .counted: break
        case .ascii: counter = DisplayWidthCounter(afterClusterOfWidth: 1)
        case .wide: counter = DisplayWidthCounter(afterClusterOfWidth: 2)
        case .none: counter = DisplayWidthCounter()
        }
    }
}
