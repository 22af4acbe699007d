import ArgumentParser
import Foundation
import StorageFormat
import TerminalKit

/// `--width` and `--ascii` for commands that show a page body as readable text.
struct LayoutOptions: ParsableArguments {
    @Option(parsing: .unconditional,
            help: ArgumentHelp("The wrap width for text (default: the terminal's width, else 100); on a terminal, code "
                + "lines wider are cut."))
    var width: Int?

    @Flag(help: "Draw tables and panels with ASCII instead of box-drawing characters.")
    var ascii = false

    func validate() throws {
        if let width, !(1...StorageDocument.maximumWidth).contains(width) {
            throw ValidationError("--width must be between 1 and \(StorageDocument.maximumWidth)")
        }
    }

    /// Refuses `--width` and `--ascii` beside a format they do not lay out (all but `text`), where they would change nothing.
    func refuseUnlessLaidOut(_ format: String) throws {
        guard format != BodyFormat.text.rawValue, width != nil || ascii else { return }
        throw ValidationError("--width and --ascii lay out terminal text, which --format \(format) is not: pass --format text, or drop them")
    }

    /// Prints a parsed body in a format, styled with ANSI only for text on a colour terminal, where code lines wider
    /// than the width are cut (a pipe gets them whole); mentions are named from `userNames`, `children` macros list
    /// `childPages`. Plain text is followed, on stderr when that is a terminal (so a pipe or a file gets the text
    /// alone), by its characters and estimated tokens, as an ingestion preview counts them.
    func print(_ document: StorageDocument, as format: BodyFormat, userNames: [UserRef: String] = [:], childPages: [ChildPage] = []) {
        let styled = format == .text && Terminal.isColourTerminal
        let rendered = format.render(document, width: width ?? Terminal.columns ?? 100, ascii: ascii, styled: styled,
                                     clipsCode: Terminal.isTerminal, userNames: userNames, childPages: childPages)
        // A body with no text prints nothing, not an empty line.
        if !rendered.text.isEmpty { Terminal.write(rendered.text + "\n") }
        if let measure = rendered.measure, isatty(STDERR_FILENO) == 1 {
            Terminal.tell("\(Plural.count(measure.characterCount, "character")), about \(Plural.count(measure.estimatedTokenCount, "token")) "
                + "(estimated as preview --help says)\n")
        }
    }
}
