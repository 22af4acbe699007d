import ArgumentParser
import StorageFormat
import TerminalKit

/// The readable forms of a storage-format body, shared by `render` and `page`.
enum BodyFormat: String, ExpressibleByArgument, CaseIterable {
    /// Styled terminal text wrapped to a width.
    case text
    /// Undecorated text, as an ingestion would see it.
    case plain
    /// GitHub-flavoured Markdown.
    case markdown

    /// Renders a parsed body in this format, with control and escape sequences removed from the content.
    /// - Parameters:
    ///   - width: the wrap width for `text`.
    ///   - styled: whether `text` may carry ANSI styles (a colour terminal).
    ///   - clipsCode: whether a `text` code line wider than `width` is cut there (a terminal, which cannot scroll it),
    ///     rather than kept whole (a pipe or a file, where it is copied or scrolled).
    ///   - userNames: display names of mentioned users; the others show as `@` and their id.
    ///   - childPages: the pages below the page, named by its `children` macros (bare markers without them).
    /// - Returns: the text, and for `plain` its measure: the characters and estimated tokens an ingestion counts.
    func render(_ document: StorageDocument, width: Int, ascii: Bool, styled: Bool, clipsCode: Bool,
                userNames: [UserRef: String], childPages: [ChildPage]) -> (text: String, measure: PlainText?) {
        let options = RenderOptions(asciiBorders: ascii, userName: { userNames[$0] }, childPages: childPages)
        switch self {
        case .text:
            let lines = document.terminalLines(width: width, options: options, clipsCode: clipsCode)
            return (lines.map { styled ? ANSIStyle.render($0) : Sanitizer.clean($0.text) }.joined(separator: "\n"), nil)
        case .plain:
            let plain = document.plainText(options: options)
            return (Sanitizer.clean(plain.text, mode: .document), plain)
        case .markdown:
            return (Sanitizer.clean(document.markdown(options: options), mode: .document), nil)
        }
    }
}
