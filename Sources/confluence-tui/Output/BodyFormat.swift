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
    ///   - userNames: display names of mentioned users; the others show as `@` and their id.
    ///   - childPages: the pages below the page, named by its `children` macros (bare markers without them).
    func render(_ document: StorageDocument, width: Int, ascii: Bool, styled: Bool, userNames: [UserRef: String],
                childPages: [ChildPage]) -> String {
        let options = RenderOptions(asciiBorders: ascii, userName: { userNames[$0] }, childPages: childPages)
        switch self {
        case .text:
            return document.terminalLines(width: width, options: options)
                .map { styled ? ANSIStyle.render($0) : Sanitizer.clean($0.text) }
                .joined(separator: "\n")
        case .plain:
            return Sanitizer.clean(document.plainText(options: options).text, mode: .document)
        case .markdown:
            return Sanitizer.clean(document.markdown(options: options), mode: .document)
        }
    }
}
