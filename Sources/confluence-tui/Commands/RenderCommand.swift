import ArgumentParser
import Foundation
import StorageFormat

/// `confluence-tui render FILE`: renders a local storage-format file.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "Render a local storage-format file as text, plain text or Markdown.")

    @Argument(help: "The storage-format file; - or nothing reads standard input.")
    var file: String = "-"

    @Option(help: "text (styled, wrapped), plain (as an ingestion sees it) or markdown.")
    var format: BodyFormat = .text

    @OptionGroup var layout: LayoutOptions

    func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read \(file)")
            }
            data = contents
        }
        print(layout.render(StorageDocument.parse(data), as: format))
    }
}
