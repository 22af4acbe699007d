/// The anchors GitHub gives a document's headings, worked out once per render, in the order Markdown writes the
/// headings and only as far as a table of contents or an anchor link needs them. Shared by a render and the renders of
/// its HTML table cells, so both number the headings alike.
final class HeadingAnchors {
    private let collection: HeadingCollection
    private let options: RenderOptions
    /// The anchors worked out so far, and each anchor given with how many headings of its slug were numbered; told
    /// apart by their bytes, as GitHub's are (hashing a String would normalize it first).
    private var anchors: [String] = []
    private var slugsSeen: [LineBytes: Int] = [:]
    /// Where the first heading of each text (as an anchor link names it) is written; nil until an anchor link asks.
    private var firstByText: [LineBytes: Int]?
    /// A heading's text, reused from one heading to the next.
    private var text = LineBytes()

    init(collection: HeadingCollection, options: RenderOptions) {
        self.collection = collection
        self.options = options
    }

    /// The anchor of table-of-contents heading `index`: its slug, with `-1`, `-2`, … after it for the second, third, …
    /// heading of the same slug, headings in table cells counted too.
    func anchor(ofHeading index: Int) -> String {
        anchor(at: collection.writtenIndex[index])
    }

    /// Appends the anchor an anchor link to `name` points at, without the `#`: that of the first heading whose text is
    /// `name` (numbered when GitHub numbers it), else `name`'s slug, which an anchor macro's id is too.
    func appendAnchor(named name: String, to target: inout LineBytes) {
        if firstByText == nil {
            var first: [LineBytes: Int] = [:]
            for position in collection.written.indices.reversed() {
                appendPlainText(at: position)
                first[text] = position
            }
            firstByText = first
        }
        var key = LineBytes()
        name.withUTF8Buffer { key.append($0) }
        if let position = firstByText?[key] {
            target.append(utf8Of: anchor(at: position))
        } else {
            name.withUTF8Buffer { MarkdownRenderer.appendSlug(of: $0, to: &target) }
        }
    }

    /// The anchor of the heading Markdown writes at `position`.
    private func anchor(at position: Int) -> String {
        while anchors.count <= position {
            appendPlainText(at: anchors.count)
            var slug = LineBytes()
            text.withUnsafeBufferPointer { MarkdownRenderer.appendSlug(of: $0, to: &slug) }
            // As GitHub numbers them: a numbered anchor another heading's slug already is (`Setup-1` after two
            // `Setup`s) is numbered again.
            var anchor = slug
            while slugsSeen[anchor] != nil {
                let count = slugsSeen[slug, default: 0] + 1
                slugsSeen[slug] = count
                anchor = slug
                anchor.append("-")
                anchor.append(decimal: count)
            }
            slugsSeen[anchor] = 0
            anchors.append(String(renderedUTF8: anchor))
        }
        return anchors[position]
    }

    /// Puts in `text` the text of the heading Markdown writes at `position`, as its anchor is made from it.
    private func appendPlainText(at position: Int) {
        text.removeAll()
        PlainTextRenderer.appendText(of: collection.written[position].anchorContent, options: options, to: &text)
    }
}
