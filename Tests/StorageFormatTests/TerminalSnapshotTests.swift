import Testing
@testable import StorageFormat

/// Terminal output of representative documents at widths 80 and 40, compared with recorded text.
struct TerminalSnapshotTests {
    static let corpusNames = [
        "002-qp-large-release-page", "010-qp-expand-code-emoticons", "011-qp-status-code-table", "013-qp-layout-info",
        "020-xw-table-colors-merged", "029-xw-panel-tasks-template", "043-xwt-adf-panels", "052-hw-table-complex",
        "053-hw-tasks-nested-in-lists", "064-hw-lists-comments", "065-mk-admonitions", "077-m2c-status",
    ]

    static let synthetic = """
    <h1>Wide text 한국어 제목 😀</h1>
    <p>Mixed 中文 and English with emoji 👍🏽 and a combining e\u{301} that wraps around the edge of the screen nicely.</p>
    <table><tr><th>Key</th><th>설명</th><th>Status</th></tr>
    <tr><td rowspan="2">a</td><td colspan="2">merged 셀 across two columns</td></tr>
    <tr><td>b</td><td><ac:structured-macro ac:name="status"><ac:parameter ac:name="title">Done</ac:parameter></ac:structured-macro></td></tr></table>
    <ac:structured-macro ac:name="note"><ac:parameter ac:name="title">Heads up</ac:parameter><ac:rich-text-body>
    <ul><li>first</li><li>second with <code>code</code></li></ul>
    <ac:structured-macro ac:name="code"><ac:parameter ac:name="language">python</ac:parameter><ac:parameter ac:name="title">helper.py</ac:parameter><ac:plain-text-body><![CDATA[def f():
        return "a very long line of code that will not fit inside the panel at all"]]></ac:plain-text-body></ac:structured-macro>
    </ac:rich-text-body></ac:structured-macro>
    """

    static func render(_ source: String, width: Int) -> String {
        StorageDocument.parse(source).terminalLines(width: width).map { line in
            let marker: String
            switch line.overflow {
            case .wrapped: marker = ""
            case .scrollable: marker = "  ⟶"
            case .clipped: marker = "  ✂"
            }
            return line.text + marker
        }.joined(separator: "\n") + "\n"
    }

    @Test(arguments: [80, 40])
    func corpusDocuments(width: Int) {
        guard Corpus.requirePresent() else { return }
        let documents = Corpus.documents()
        for name in Self.corpusNames {
            guard let document = documents.first(where: { $0.name == name + ".xml" }) else {
                Issue.record("corpus document \(name).xml is missing from ../shared/storage-corpus")
                continue
            }
            Snapshot.assert(Self.render(document.text, width: width), named: "\(name).w\(width)")
        }
    }

    @Test(arguments: [80, 40])
    func syntheticDocument(width: Int) {
        Snapshot.assert(Self.render(Self.synthetic, width: width), named: "synthetic.w\(width)")
    }

    @Test func asciiBordersSnapshot() {
        let text = StorageDocument.parse(Self.synthetic).terminalLines(width: 60, options: RenderOptions(asciiBorders: true))
            .map(\.text).joined(separator: "\n") + "\n"
        Snapshot.assert(text, named: "synthetic.ascii.w60")
    }
}
