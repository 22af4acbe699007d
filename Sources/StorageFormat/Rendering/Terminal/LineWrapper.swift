/// Word-wraps styled spans to a display width, measuring CJK and emoji as two cells and combining
/// marks as none. Breaks at spaces; a word wider than the line is split between grapheme clusters.
struct LineWrapper {
    private let width: Int
    private(set) var lines: [[StyledRun]] = []
    private var runs: [StyledRun] = []
    private var runText = ""
    private var runStyle = RunStyle()
    private var lineWidth = 0
    private var word: [(text: Substring, style: RunStyle)] = []
    private var wordWidth = 0
    private var pendingSpace: RunStyle?

    init(width: Int) {
        self.width = max(1, width)
    }

    /// Wraps `spans` and returns the lines.
    static func wrap(_ spans: [InlineSpan], width: Int) -> [[StyledRun]] {
        var wrapper = LineWrapper(width: width)
        for span in spans { wrapper.add(span) }
        return wrapper.finish()
    }

    mutating func add(_ span: InlineSpan) {
        let text = span.text
        if text == "\n" {
            commitWord()
            pendingSpace = nil
            endLine()
            return
        }
        let utf8 = text.utf8
        var wordStart = utf8.startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == 0x20 {
                if wordStart != index { addToWord(text[wordStart..<index], span.style) }
                commitWord()
                pendingSpace = span.style
                index = utf8.index(after: index)
                wordStart = index
            } else {
                index = utf8.index(after: index)
            }
        }
        if wordStart != utf8.endIndex { addToWord(text[wordStart..<utf8.endIndex], span.style) }
    }

    mutating func finish() -> [[StyledRun]] {
        commitWord()
        if lineWidth > 0 || !runs.isEmpty || !runText.isEmpty || lines.isEmpty { endLine() }
        return lines
    }

    private mutating func addToWord(_ text: Substring, _ style: RunStyle) {
        word.append((text, style))
        wordWidth += LineWrapper.width(of: text)
    }

    /// Display width with an ASCII fast path.
    static func width(of text: Substring) -> Int {
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 {
            ascii = false
            break
        }
        if ascii { return text.utf8.count }
        var counter = DisplayWidthCounter()
        for scalar in text.unicodeScalars { counter.add(scalar) }
        return counter.width
    }

    private mutating func commitWord() {
        guard !word.isEmpty else { return }
        let spaceWidth = pendingSpace != nil && lineWidth > 0 ? 1 : 0
        if lineWidth + spaceWidth + wordWidth <= width {
            if spaceWidth == 1, let style = pendingSpace { append(" ", style, width: 1) }
            for segment in word { append(segment.text, segment.style, width: 0) }
            lineWidth += wordWidth
        } else {
            if lineWidth > 0 { endLine() }
            if wordWidth <= width {
                for segment in word { append(segment.text, segment.style, width: 0) }
                lineWidth += wordWidth
            } else {
                splitLongWord()
            }
        }
        word.removeAll(keepingCapacity: true)
        wordWidth = 0
        pendingSpace = nil
    }

    /// Places a word wider than the line, breaking between clusters.
    private mutating func splitLongWord() {
        for segment in word {
            var counter = DisplayWidthCounter()
            var pieceStart = segment.text.startIndex
            var index = segment.text.startIndex
            let scalars = segment.text.unicodeScalars
            while index != segment.text.endIndex {
                let scalar = scalars[index]
                let before = counter.width
                let added = counter.add(scalar)
                if added > 0 && lineWidth + before + added > width && lineWidth + before > 0 {
                    append(segment.text[pieceStart..<index], segment.style, width: 0)
                    lineWidth += before
                    endLine()
                    counter = DisplayWidthCounter()
                    counter.add(scalar)
                    pieceStart = index
                }
                index = scalars.index(after: index)
            }
            append(segment.text[pieceStart..<segment.text.endIndex], segment.style, width: 0)
            lineWidth += counter.width
        }
    }

    private mutating func append(_ text: Substring, _ style: RunStyle, width added: Int) {
        if style != runStyle && !runText.isEmpty {
            runs.append(StyledRun(runText, runStyle))
            runText = ""
        }
        runStyle = style
        runText += text
        lineWidth += added
    }

    private mutating func endLine() {
        if !runText.isEmpty {
            runs.append(StyledRun(runText, runStyle))
            runText = ""
        }
        lines.append(runs)
        runs = []
        lineWidth = 0
    }
}
