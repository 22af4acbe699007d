/// A tolerant tokenizer for Confluence storage format over UTF-8 bytes.
///
/// Storage format is XML-like but not well-formed XML: prefixes are undeclared, HTML entities appear,
/// tags may be unclosed or unquoted. The tokenizer never fails; what it cannot read as markup is text,
/// and a tag cut off by the end of input is dropped.
struct Tokenizer {
    private let input: UnsafeBufferPointer<UInt8>
    private var attributes: AttributeList

    /// Creates a tokenizer over `input`, which must stay valid while `run` executes.
    init(_ input: UnsafeBufferPointer<UInt8>) {
        self.input = input
        self.attributes = AttributeList(input: input)
        attributes.spans.reserveCapacity(16)
    }

    /// Tokenizes the whole input into `handler`.
    mutating func run<Handler: TokenHandler>(_ handler: inout Handler) {
        let end = input.count
        var index = 0
        var textStart = 0
        while index < end {
            guard input[index] == 0x3C else {  // '<'
                index += 1
                continue
            }
            let next = index + 1 < end ? input[index + 1] : 0
            let isLetter = (next | 0x20) &- 0x61 < 26
            guard isLetter || next == 0x2F || next == 0x21 || next == 0x3F else {
                index += 1
                continue
            }
            if next == 0x2F {  // '/'
                let after = index + 2 < end ? input[index + 2] : 0
                guard (after | 0x20) &- 0x61 < 26 else {
                    index += 1
                    continue
                }
            }
            if textStart < index { handler.text(textStart..<index) }
            index = markup(at: index, &handler)
            textStart = index
        }
        if textStart < end { handler.text(textStart..<end) }
        handler.finish()
    }

    /// Reads the markup construct starting at the `<` at `start`; returns the index after it.
    private mutating func markup<Handler: TokenHandler>(at start: Int, _ handler: inout Handler) -> Int {
        let next = input[start + 1]
        if next == 0x21 {  // '!'
            if matches("<!--", at: start) {
                return find("-->", from: start + 4).map { $0 + 3 } ?? input.count
            }
            if matches("<![CDATA[", at: start) {
                let contentStart = start + 9
                let close = find("]]>", from: contentStart)
                handler.cdata(contentStart..<(close ?? input.count))
                return close.map { $0 + 3 } ?? input.count
            }
            return skipPast(0x3E, from: start + 2)
        }
        if next == 0x3F {  // '?'
            return skipPast(0x3E, from: start + 2)
        }
        if next == 0x2F {  // '/'
            let nameStart = start + 2
            let nameEnd = scanName(from: nameStart)
            guard let close = firstIndex(of: 0x3E, from: nameEnd) else { return input.count }
            let hash = ElementName.hash(input[nameStart..<nameEnd])
            handler.endTag(ElementName.lookup(hash: hash), hash: hash)
            return close + 1
        }
        return startTag(at: start, &handler)
    }

    private mutating func startTag<Handler: TokenHandler>(at start: Int, _ handler: inout Handler) -> Int {
        let end = input.count
        let nameStart = start + 1
        let nameEnd = scanName(from: nameStart)
        attributes.spans.removeAll(keepingCapacity: true)
        var index = nameEnd
        var selfClosing = false
        while true {
            while index < end && isSpace(input[index]) { index += 1 }
            guard index < end else { return end }  // truncated tag: dropped
            let byte = input[index]
            if byte == 0x3E {  // '>'
                index += 1
                break
            }
            if byte == 0x2F {  // '/'
                index += 1
                if index < end && input[index] == 0x3E {
                    selfClosing = true
                    index += 1
                    break
                }
                continue
            }
            let attributeStart = index
            while index < end {
                let byte = input[index]
                if isSpace(byte) || byte == 0x3D || byte == 0x3E || byte == 0x2F { break }
                index += 1
            }
            if index == attributeStart { index += 1 }  // a stray '=' without a name
            let attributeEnd = index
            var scan = index
            while scan < end && isSpace(input[scan]) { scan += 1 }
            var valueStart = attributeEnd
            var valueEnd = attributeEnd
            if scan < end && input[scan] == 0x3D {  // '='
                scan += 1
                while scan < end && isSpace(input[scan]) { scan += 1 }
                guard scan < end else { return end }
                let quote = input[scan]
                if quote == 0x22 || quote == 0x27 {
                    valueStart = scan + 1
                    guard let close = firstIndex(of: quote, from: valueStart) else { return end }
                    valueEnd = close
                    index = close + 1
                } else {
                    valueStart = scan
                    while scan < end && !isSpace(input[scan]) && input[scan] != 0x3E { scan += 1 }
                    valueEnd = scan
                    index = scan
                }
            }
            attributes.spans.append(.init(nameStart: attributeStart, nameEnd: attributeEnd,
                                          valueStart: valueStart, valueEnd: valueEnd))
        }
        let hash = ElementName.hash(input[nameStart..<nameEnd])
        let name = ElementName.lookup(hash: hash)
        handler.startTag(name, hash: hash, selfClosing: selfClosing, attributes: attributes)
        if name.isRawText && !selfClosing {
            return skipRawText(of: name, from: index)
        }
        return index
    }

    /// Skips the content of `<style>`/`<script>` up to (not past) its end tag.
    private func skipRawText(of name: ElementName, from start: Int) -> Int {
        let tag = Array(name.tagName.utf8)
        var index = start
        while let open = firstIndex(of: 0x3C, from: index) {
            if open + 1 < input.count && input[open + 1] == 0x2F && open + 2 + tag.count <= input.count {
                var matches = true
                for offset in 0..<tag.count where input[open + 2 + offset] | 0x20 != tag[offset] {
                    matches = false
                    break
                }
                if matches { return open }
            }
            index = open + 1
        }
        return input.count
    }

    @inline(__always)
    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    private func scanName(from start: Int) -> Int {
        var index = start
        while index < input.count {
            let byte = input[index]
            if isSpace(byte) || byte == 0x3E || byte == 0x2F { break }
            index += 1
        }
        return index
    }

    private func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        var index = start
        while index < input.count {
            if input[index] == byte { return index }
            index += 1
        }
        return nil
    }

    private func skipPast(_ byte: UInt8, from start: Int) -> Int {
        firstIndex(of: byte, from: start).map { $0 + 1 } ?? input.count
    }

    private func matches(_ literal: StaticString, at start: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard start + count <= input.count else { return false }
        for offset in 0..<count where input[start + offset] != literal.utf8Start[offset] { return false }
        return true
    }

    private func find(_ literal: StaticString, from start: Int) -> Int? {
        let first = literal.utf8Start[0]
        var index = start
        while let candidate = firstIndex(of: first, from: index) {
            if matches(literal, at: candidate) { return candidate }
            index = candidate + 1
        }
        return nil
    }
}
