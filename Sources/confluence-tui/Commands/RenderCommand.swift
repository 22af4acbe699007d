import ArgumentParser
import Foundation
import LocalStore
import StorageFormat

/// `confluence-tui render FILE`: renders a local storage-format file.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "Render a local storage-format file as text, plain text or Markdown.")

    @Argument(help: "The storage-format file; - or nothing reads standard input.")
    var file: String?

    @Option(help: ArgumentHelp("text (styled, wrapped), plain (as an ingestion sees it; on a terminal, stderr gets its characters and "
        + "estimated tokens) or markdown."))
    var format: BodyFormat = .text

    @OptionGroup var layout: LayoutOptions

    func validate() throws {
        if file?.isEmpty == true { throw ValidationError("the file name is empty: give a storage-format file, or - for standard input") }
        try layout.refuseUnlessLaidOut(format.rawValue)
    }

    func run() throws {
        let data: Data
        if let file, file != "-" {
            data = try Data(readingFileAt: file)
        } else {
            // Nothing named and nothing piped in: say what is expected rather than wait on the keyboard.
            if file == nil, isatty(STDIN_FILENO) == 1 {
                throw ValidationError("give a storage-format file, or pipe one in (confluence-tui render - < page.xml)")
            }
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        if let invalid = InvalidUTF8(in: data) {
            Terminal.warn(invalid.sentence(source: file.flatMap { $0 == "-" ? nil : $0 } ?? "standard input"))
        }
        layout.print(StorageDocument.parse(data), as: format)
    }
}
