@testable import StorageFormat

/// Parses storage text.
func parse(_ source: String) -> StorageDocument { StorageDocument.parse(source) }

/// The plain text of storage text.
func plain(_ source: String, options: RenderOptions = RenderOptions()) -> String {
    parse(source).plainText(options: options).text
}

/// The terminal lines of storage text as strings.
func terminal(_ source: String, width: Int = 80, options: RenderOptions = RenderOptions()) -> [String] {
    parse(source).terminalLines(width: width, options: options).map(\.text)
}

/// The Markdown of storage text.
func markdown(_ source: String, options: RenderOptions = RenderOptions()) -> String {
    parse(source).markdown(options: options)
}
