import ArgumentParser
import StorageFormat

/// `--width` and `--ascii` for commands that show a page body as readable text.
struct LayoutOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "The wrap width for text (default: the terminal's width, else 100).")
    var width: Int?

    @Flag(help: "Draw tables and panels with ASCII instead of box-drawing characters.")
    var ascii = false

    func validate() throws {
        if let width, !(1...StorageDocument.maximumWidth).contains(width) {
            throw ValidationError("--width must be between 1 and \(StorageDocument.maximumWidth)")
        }
    }

    /// Renders a parsed body in a format, styled with ANSI only for text on a colour terminal; mentions are named from
    /// `userNames`, `children` macros list `childPages`.
    func render(_ document: StorageDocument, as format: BodyFormat, userNames: [UserRef: String] = [:],
                childPages: [ChildPage] = []) -> String {
        let styled = format == .text && Terminal.isColourTerminal
        return format.render(document, width: width ?? Terminal.columns ?? 100, ascii: ascii, styled: styled, userNames: userNames,
                             childPages: childPages)
    }
}
