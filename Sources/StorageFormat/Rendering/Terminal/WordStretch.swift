/// How much of a stretch of words fits on the wrapper's line: one pass over the stretch's bytes that
/// measures its words and notes the break opportunities among them, the single spaces between words
/// and the places between CJK characters where a line may break (`LineBreakClass`). No-break spaces,
/// and the spaces of a span that joins its words (a status or a user's name), break only as a last resort.
struct WordStretch {
    /// Where the stretch stops: after the last word it takes, or at the word that overflows.
    private(set) var end: Int
    /// The line's width with the words taken.
    private(set) var lineWidth: Int
    /// The last break opportunity taken, -1 when none: where a line broken there ends (before its
    /// space, if any) and the line's width there, and where the next line starts and the width there.
    private(set) var lastBreak: Int
    private(set) var widthBeforeBreak: Int
    private(set) var resume: Int
    private(set) var widthAtResume: Int
    /// Whether the word at `end` overflows the line and starts the next one.
    private(set) var overflows = false
    /// The break class of the stretch's last cluster, which decides a break right after it.
    private(set) var lastClass: LineBreakClass

    /// What the counter would hold after the bytes measured so far: runs of ASCII and of Hangul or
    /// CJK are counted without it, and it is brought up to date only where it is read.
    private enum Cluster { case counted, ascii, wide, none }

    /// Measures the words of `text` from `start` (not a space) onto a line `lineWidth` cells wide so
    /// far, continuing `counter`'s cluster after a cluster of class `previous`: it takes words while
    /// break opportunities part them, stopping after the word that overflows `width`, before a run of
    /// spaces, before a soft hyphen or at the end. A word that overflows right after a break (the
    /// stretch's own, or one just before it when `afterBreak`) is not taken but starts the next line.
    /// A line breaks at a no-break space, or at a space when `joinsWords`, only when it has no other
    /// break (`lineHasBreak` says whether one comes before the stretch).
    init(
        _ text: UnsafeBufferPointer<UInt8>, from start: Int, lineWidth: Int, width: Int, afterBreak: Bool,
        lineHasBreak: Bool, joinsWords: Bool, after previous: LineBreakClass, counter: inout DisplayWidthCounter
    ) {
        var total = lineWidth
        var index = start
        var breaks = Breaks(start: start, lineHasBreak: lineHasBreak)
        var cluster = Cluster.counted
        // The class of the cluster before `index`; after ASCII it is `.unreadASCII`, read from the byte
        // before only when a CJK neighbour makes it matter.
        var previous = previous

        // Each step measures a run of ASCII or of wide syllables, or one other scalar; a step that
        // ends at a space, a soft hyphen or the end ends a word.
        scan: while true {
            let byte = text[index]
            if byte < 0x80 {
                // Only a CJK neighbour puts a break before ASCII.
                if previous.allowsBreakBeside && previous.allowsBreak(before: LineBreakClass(ascii: byte))
                    && breaks.stop(at: index, total: total, width: width, afterBreak: afterBreak)
                {
                    break scan
                }
                let runEnd = LineTools.asciiRunEnd(text, from: index &+ 1, toSpace: true)
                total &+= runEnd &- index
                index = runEnd
                cluster = .ascii
                previous = .unreadASCII
            } else if LineTools.isWideSyllable(text, at: index) {
                // Ideographs break from anything but an opening bracket; Hangul, written with spaces, only
                // from a CJK neighbour (the check an ASCII neighbour, the usual one, skips).
                let isIdeographic = byte < 0xEA
                // A run of ideographs is read only as far as the line could take (and two more, so an overflow
                // shows): a line breaks within it, so reading the rest for every line would take its length squared.
                let limit = isIdeographic ? index &+ 3 &* (max(0, width &- total) / 2 &+ 2) : text.count
                let runEnd = LineTools.wideRunEnd(text, from: index &+ 3, ideographic: isIdeographic, limit: limit)
                let count = (runEnd &- index) / 3
                let breaksBefore = isIdeographic
                    ? previous.resolved(before: index, in: text).allowsBreak(before: .ideograph)
                    : previous.allowsBreakBeside && previous.allowsBreak(before: .other)
                if breaksBefore && breaks.stop(at: index, total: total, width: width, afterBreak: afterBreak) {
                    break scan
                }
                if isIdeographic && count > 1 && total &+ count &* 2 > width {
                    // A line breaks between the run's ideographs: after the last that fits, or after its
                    // first when none does and nothing before it could break.
                    let fitting = (width &- total) / 2
                    if fitting < 1 && breaks.overflow(afterBreak: afterBreak) { break scan }
                    let taken = max(1, fitting)
                    Self.update(&counter, to: cluster)
                    total &+= counter.add(wideRunCount: taken)
                    index &+= taken &* 3
                    cluster = .counted
                    previous = .ideograph
                    if fitting >= 1 {
                        breaks.note(at: index, widthBefore: total)
                        breaks.overflowingWord = index
                    }
                    break scan
                }
                if cluster == .counted {
                    total &+= counter.add(wideRunCount: count)
                } else {
                    total &+= count &* 2
                    cluster = .wide
                }
                if isIdeographic && count > 1 {
                    breaks.note(at: runEnd &- 3, widthBefore: total &- 2)
                }
                index = runEnd
                previous = isIdeographic ? .ideograph : .other
            } else if !LineTools.isSoftHyphen(text, at: index) {
                let length = min(LineWrapper.sequenceLength(byte), text.count &- index)
                let scalar = LineWrapper.scalar(text, at: index, length: length)
                let next = LineBreakClass(scalar)
                if scalar.value == 0xA0 {
                    // A no-break space is a break of last resort: words it joins that overflow the line break at the
                    // last one that fits, not inside a word.
                    if total > width && breaks.overflow(afterBreak: afterBreak) { break scan }
                    if total > 0 && total <= width { breaks.noteNoBreakSpace(at: index, length: 2, widthBefore: total) }
                }
                if scalar.value == 0x3000 {
                    // An ideographic space breaks as a space does: a line broken there leaves it out, and
                    // the rest of a run of them.
                    if breaks.last >= 0 && breaks.resume == index {
                        breaks.resume = index &+ length
                        breaks.widthAtResume = total &+ 2
                    } else if total > width {
                        if breaks.stop(at: index, total: total, width: width, afterBreak: afterBreak) { break scan }
                    } else if total > 0 {
                        breaks.note(at: index, widthBefore: total, resume: index &+ length, widthAtResume: total &+ 2)
                    }
                    previous = .lineStart
                } else if previous.completesFlag(with: next) {
                    previous = .ideograph
                } else if next.continuesCluster || LineTools.followsJoiner(text, at: index) {
                    // The cluster keeps its base's class; an ASCII base is read before the mark hides it.
                    previous = previous.resolved(before: index, in: text)
                } else {
                    if previous.resolved(before: index, in: text).allowsBreak(before: next)
                        && breaks.stop(at: index, total: total, width: width, afterBreak: afterBreak)
                    {
                        break scan
                    }
                    previous = next
                }
                Self.update(&counter, to: cluster)
                total &+= counter.add(scalar)
                index &+= length
                cluster = .counted
            }
            let atSpace = index < text.count && text[index] == 0x20
            if !atSpace && index < text.count && !LineTools.isSoftHyphen(text, at: index) { continue }
            if total > width {
                _ = breaks.overflow(afterBreak: afterBreak)
                break
            }
            // Only a single space between words is taken; a run of spaces or a soft hyphen (or, cheaper to
            // test, any letter from U+0080 to U+00BF) after it is left to the wrapper.
            guard atSpace, total > 0, index &+ 1 < text.count, text[index &+ 1] != 0x20, text[index &+ 1] != 0xC2
            else { break }
            if joinsWords {
                breaks.noteNoBreakSpace(at: index, length: 1, widthBefore: total)
            } else {
                breaks.note(at: index, widthBefore: total, resume: index &+ 1, widthAtResume: total &+ 1)
            }
            total &+= 1
            index &+= 1
            cluster = .none
            previous = .lineStart
        }
        overflows = breaks.overflowingWord >= 0
        if overflows {
            end = breaks.overflowingWord
        } else {
            end = index
            Self.update(&counter, to: cluster)
        }
        self.lineWidth = total
        lastBreak = breaks.last
        widthBeforeBreak = breaks.widthBefore
        resume = breaks.resume
        widthAtResume = breaks.widthAtResume
        lastClass = end > start ? previous.resolved(before: end, in: text) : previous
    }

    /// The break opportunities a stretch has passed, and the word that overflows, -1 until one does.
    private struct Breaks {
        let start: Int
        /// Whether the line has a break before the stretch, which a no-break space must not take from.
        let lineHasBreak: Bool
        var last = -1
        var widthBefore = 0
        var resume: Int
        var widthAtResume = 0
        var overflowingWord = -1
        /// The last no-break space on the line, -1 when none, its length in bytes and the line's width before it.
        var noBreakSpace = -1
        var noBreakSpaceLength = 0
        var widthBeforeNoBreakSpace = 0

        init(start: Int, lineHasBreak: Bool) {
            self.start = start
            self.lineHasBreak = lineHasBreak
            resume = start
        }

        /// Notes the opportunity at `position`, where a line would end `widthBefore` cells wide, and the
        /// next start at `resume` (past a space, or the same place), `widthAtResume` cells in.
        @inline(__always)
        mutating func note(at position: Int, widthBefore: Int, resume: Int? = nil, widthAtResume: Int? = nil) {
            last = position
            self.widthBefore = widthBefore
            self.resume = resume ?? position
            self.widthAtResume = widthAtResume ?? widthBefore
        }

        /// Notes a no-break space of `length` bytes at `position`, a line `widthBefore` cells wide before it
        /// (rare: kept out of line).
        @inline(never)
        mutating func noteNoBreakSpace(at position: Int, length: Int, widthBefore: Int) {
            noBreakSpace = position
            noBreakSpaceLength = length
            widthBeforeNoBreakSpace = widthBefore
        }

        /// Takes the last no-break space as the break, leaving it out of both lines (rare: kept out of line).
        @inline(never)
        mutating func breakAtNoBreakSpace() {
            note(at: noBreakSpace, widthBefore: widthBeforeNoBreakSpace, resume: noBreakSpace &+ noBreakSpaceLength,
                 widthAtResume: widthBeforeNoBreakSpace &+ 1)
        }

        /// The line overflowed: the word after the last opportunity (or the stretch's first, right
        /// after a break, or else, on a line with no other break, what follows the last no-break space,
        /// which the break leaves out) starts the next line. Returns false when there is no break to take.
        @inline(__always)
        mutating func overflow(afterBreak: Bool) -> Bool {
            if last < 0 && !lineHasBreak && noBreakSpace >= 0 { breakAtNoBreakSpace() }
            guard last >= 0 || afterBreak else { return false }
            overflowingWord = last >= 0 ? resume : start
            return true
        }

        /// A break opportunity between clusters at `position` on a line `total` cells wide: noted when
        /// the line still fits, else the stretch stops there. Returns whether it stops.
        @inline(__always)
        mutating func stop(at position: Int, total: Int, width: Int, afterBreak: Bool) -> Bool {
            guard total > 0 else { return false }
            guard total > width else {
                note(at: position, widthBefore: total)
                return false
            }
            if overflow(afterBreak: afterBreak) { return true }
            if position == start {
                // The line overflowed before the stretch (a cluster wider than the line): break here.
                note(at: position, widthBefore: total)
                overflowingWord = position
            }
            // Otherwise the stretch's first words, with nowhere to break, overflow alone: taken, and
            // split between clusters.
            return true
        }
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
