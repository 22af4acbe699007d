@testable import StorageFormat

/// Parses storage text.
func parse(_ source: String) -> StorageDocument { StorageDocument.parse(source) }

/// A `children` macro listing the page's own children, as Confluence stores one.
let childrenMacro = "<ac:structured-macro ac:name=\"children\" ac:schema-version=\"2\"><ac:parameter ac:name=\"all\">true</ac:parameter></ac:structured-macro>"

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
