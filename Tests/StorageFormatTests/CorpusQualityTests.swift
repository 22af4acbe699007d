import Foundation
import Testing
@testable import StorageFormat

/// The quality bar of issue 4, checked on every document of the shared corpus.
struct CorpusQualityTests {
    @Test func corpusIsPresent() {
        guard Corpus.requirePresent() else { return }
        #expect(Corpus.documents().count >= 50, "../shared/storage-corpus/docs should hold the 54 corpus documents")
    }

    @Test(arguments: Corpus.documents())
    func codeBodiesAreVerbatim(_ document: Corpus.Document) {
        let outputs = RenderedOutputs(document.text)
        for body in RawStorage.elements("ac:plain-text-body", in: document.text) {
            guard let cdata = RawStorage.cdata(in: body) else { continue }
            var code = Substring(RawStorage.normalizedCode(cdata))
            if code.hasSuffix("\n") { code = code.dropLast() }
            let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(containsCodeLines(lines, in: outputs.plain), "plain text lost code: \(code.prefix(60))")
            #expect(containsCodeLines(lines, in: outputs.markdown), "markdown lost code: \(code.prefix(60))")
            let tabless = lines.map(Self.expandingTabs)
            #expect(containsCodeLines(tabless, in: outputs.terminal), "terminal lost code: \(code.prefix(60))")
        }
    }

    /// `line` with each tab widened to the next multiple of four columns, as terminals are shown code.
    private static func expandingTabs(_ line: Substring) -> Substring {
        var result = ""
        for character in line {
            if character == "\t" {
                result += String(repeating: " ", count: 4 - displayWidth(of: result) % 4)
            } else {
                result.append(character)
            }
        }
        return Substring(result)
    }

    @Test(arguments: Corpus.documents())
    func macroParametersDoNotLeak(_ document: Corpus.Document) {
        let outputs = RenderedOutputs(document.text)
        let visible = RawStorage.stripTags(Self.removingParameters(document.text)[...])
        for parameter in Self.parameters(in: document.text) {
            let value = parameter.value
            guard value.count >= 3, Int(value) == nil, !["true", "false"].contains(value.lowercased()),
                  !visible.contains(value) else { continue }
            let shown = Self.shownParameters[parameter.name] ?? []
            let allowed = shown.contains(parameter.macro.lowercased()) || (parameter.name == "title" && parameter.hasPlainBody)
            for output in outputs.all where !allowed {
                if output.name == "markdown" && parameter.name == "language" { continue }
                let text = output.name == "markdown" ? Self.removingLinkDestinations(output.text) : output.text
                #expect(!text.contains(value),
                        "\(output.name) leaks parameter \(parameter.macro)/\(parameter.name) = \(value)")
            }
        }
    }

    @Test(arguments: Corpus.documents())
    func tasksShowNoIdsOrStatusWords(_ document: Corpus.Document) {
        let outputs = RenderedOutputs(document.text)
        var withoutStatus = document.text
        for status in RawStorage.elements("ac:task-status", in: document.text) {
            withoutStatus = withoutStatus.replacingOccurrences(of: "<ac:task-status>" + status + "</ac:task-status>", with: "")
        }
        let allowed = RawStorage.stripTags(withoutStatus[...]).occurrences(of: "complete")
        for output in outputs.all {
            #expect(output.text.occurrences(of: "complete") <= allowed, "\(output.name) shows task status words")
            for uuid in RawStorage.elements("ac:task-uuid", in: document.text) {
                #expect(!output.text.contains(String(uuid)), "\(output.name) shows task uuid \(uuid)")
            }
        }
    }

    @Test(arguments: Corpus.documents())
    func linksImagesDatesEmojiAndStatusesArePresent(_ document: Corpus.Document) {
        let outputs = RenderedOutputs(document.text)
        var expected: [String] = []
        for link in RawStorage.elements("ac:link", in: document.text) {
            let titles = RawStorage.attributeValues("ri:content-title", in: String(link))
            guard let title = titles.first else { continue }
            let body: String
            if let plain = RawStorage.elements("ac:plain-text-link-body", in: String(link)).first {
                body = RawStorage.decode(RawStorage.cdata(in: plain) ?? String(plain))
            } else if let rich = RawStorage.elements("ac:link-body", in: String(link)).first {
                body = RawStorage.stripTags(rich)
            } else {
                body = ""
            }
            expected.append(body.isEmpty ? title : body)
        }
        for image in RawStorage.elements("ac:image", in: document.text) {
            expected += RawStorage.attributeValues("ri:filename", in: String(image))
        }
        expected += RawStorage.attributeValues("datetime", in: document.text)
        expected += RawStorage.attributeValues("ac:emoji-fallback", in: document.text).filter { !$0.hasPrefix(":") }
        expected += Self.parameters(in: document.text).filter { $0.macro == "status" && $0.name == "title" }.map(\.value)
        for text in expected where !text.isEmpty {
            for output in outputs.all {
                #expect(output.text.contains(text), "\(output.name) lost \(text)")
            }
        }
    }

    @Test(arguments: Corpus.documents())
    func outputsHaveNoControlCharacters(_ document: Corpus.Document) {
        let outputs = RenderedOutputs(document.text, width: 80)
        #expect(RawStorage.controlCharacters(in: outputs.plain).isEmpty)
        #expect(RawStorage.controlCharacters(in: outputs.markdown).isEmpty)
        for line in outputs.terminalLines {
            for run in line.runs {
                #expect(RawStorage.controlCharacters(in: run.text).isEmpty)
                #expect(!run.text.contains("\t") && !run.text.contains("\n"), "terminal run holds a tab or newline")
            }
        }
    }

    @Test(arguments: Corpus.documents())
    func adfPanelsRenderOnce(_ document: Corpus.Document) {
        let contents = RawStorage.elements("ac:adf-content", in: document.text).map { RawStorage.stripTags($0) }
        guard !contents.isEmpty else { return }
        let outputs = RenderedOutputs(document.text)
        for content in Set(contents) where !content.isEmpty {
            let expectedCount = contents.filter { $0 == content }.count
            for output in outputs.all {
                #expect(output.text.occurrences(of: content) == expectedCount,
                        "\(output.name) shows ADF content \(content) \(output.text.occurrences(of: content)) times")
            }
        }
    }

    @Test(arguments: Corpus.documents())
    func wrappedTerminalLinesFitTheWidth(_ document: Corpus.Document) {
        for width in [80, 40] {
            let lines = StorageDocument.parse(document.text).terminalLines(width: width)
            for line in lines where line.overflow != .scrollable {
                #expect(line.width <= width, "line wider than \(width): \(line.text)")
            }
        }
    }

    // MARK: Raw parameter extraction

    /// Parameters a reader needs, by parameter name: the macros that show them.
    static let shownParameters: [String: Set<String>] = [
        "title": ["code", "info", "note", "warning", "tip", "success", "error", "panel", "expand", "status"],
        "key": ["jira", "jiraissues"],
        "language": ["code", "code-block", "sourcecode"],
    ]

    struct Parameter {
        let macro: String
        let name: String
        let value: String
        let hasPlainBody: Bool
    }

    /// Text-only parameters with the name of their macro.
    static func parameters(in text: String) -> [Parameter] {
        var results: [Parameter] = []
        var rest = text[...]
        for tag in ["<ac:parameter", "<ac:default-parameter"] {
            rest = text[...]
            let closing = tag == "<ac:parameter" ? "</ac:parameter>" : "</ac:default-parameter>"
            while let open = rest.firstRange(of: tag) {
                let before = text[..<open.lowerBound]
                let macroStart = [before.lastRange(of: "<ac:structured-macro"), before.lastRange(of: "<ac:macro")]
                    .compactMap { $0 }.max(by: { $0.lowerBound < $1.lowerBound })
                var macro = ""
                var hasPlainBody = false
                if let macroStart {
                    let macroText = text[macroStart.lowerBound...]
                    if let tagEnd = macroText.firstIndex(of: ">") {
                        macro = RawStorage.attributeValues("ac:name", in: String(macroText[..<tagEnd])).first ?? ""
                    }
                    let macroClose = macroText.firstRange(of: "</ac:structured-macro>")?.lowerBound ?? macroText.endIndex
                    hasPlainBody = macroText[..<macroClose].contains("<ac:plain-text-body")
                }
                guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">") else { break }
                let tagText = String(rest[open.lowerBound...tagEnd])
                let name = RawStorage.attributeValues("ac:name", in: tagText).first ?? ""
                let contentStart = rest.index(after: tagEnd)
                guard let close = rest[contentStart...].firstRange(of: closing) else { break }
                let content = rest[contentStart..<close.lowerBound]
                if !content.contains("<") && !tagText.hasSuffix("/>") {
                    results.append(Parameter(macro: macro.lowercased(), name: name, value: RawStorage.decode(String(content)),
                                             hasPlainBody: hasPlainBody))
                }
                rest = rest[close.upperBound...]
            }
        }
        return results
    }

    /// Markdown without `](destination)` parts and `<a id="…"></a>` anchors: anchors there are link targets, not leaked text.
    static func removingLinkDestinations(_ text: String) -> String {
        var result = ""
        var rest = text.replacing(/<a id="[^"]*"><\/a>/, with: "")[...]
        while let open = rest.firstRange(of: "](") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: ")") else { break }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    static func removingParameters(_ text: String) -> String {
        var result = ""
        var rest = text[...]
        while let open = rest.firstRange(of: "<ac:parameter") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstRange(of: "</ac:parameter>") else {
                rest = rest[rest.endIndex...]
                break
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}

extension Substring {
    func lastRange(of needle: String) -> Range<Substring.Index>? {
        var found: Range<Substring.Index>?
        var rest = self
        while let range = rest.firstRange(of: needle) {
            found = range
            rest = rest[range.upperBound...]
        }
        return found
    }
}
