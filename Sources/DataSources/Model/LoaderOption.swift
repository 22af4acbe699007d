/// One of the loader switches a definition may set; an unset one is left out of the component, so LlamaCloud's
/// default (off) applies.
public enum LoaderOption: String, CaseIterable, Hashable, Sendable {
    case keepMarkdownFormat = "keep_markdown_format"
    case indexRestrictedPages = "index_restricted_pages"
    case skipListFailures = "skip_list_failures"

    /// The value LlamaCloud uses for an option the component leaves out.
    public static let llamaCloudDefault = false

    /// The option's name in words.
    public var title: String {
        switch self {
        case .keepMarkdownFormat: "Keep Markdown format"
        case .indexRestrictedPages: "Index restricted pages"
        case .skipListFailures: "Skip list failures"
        }
    }

    /// The option's field in the component's JSON (`failure_handling.skip_list_failures` for the nested one).
    public var field: String {
        self == .skipListFailures ? "failure_handling." + rawValue : rawValue
    }

    /// What turning the option on asks of the loader.
    public var effect: String {
        switch self {
        case .keepMarkdownFormat: "page text keeps its Markdown formatting (headings, lists, tables)"
        case .indexRestrictedPages: "pages with view restrictions are indexed too"
        case .skipListFailures: "a batch or list that fails is skipped and the sync goes on"
        }
    }

    /// `on`, `off`, or for an unset option `unset`.
    public static func word(_ value: Bool?) -> String {
        value.map { $0 ? "on" : "off" } ?? "unset"
    }

    /// The set options in words, the rest said to be LlamaCloud's default: `Keep Markdown format on · the rest unset (default off)`.
    public static func summary(_ values: [LoaderOption: Bool]) -> String {
        let set = allCases.compactMap { option in values[option].map { "\(option.title) \(word($0))" } }
        let fallback = word(llamaCloudDefault)
        if set.isEmpty { return "all unset (LlamaCloud's default, \(fallback))" }
        if set.count == allCases.count { return set.joined(separator: " · ") }
        return set.joined(separator: " · ") + " · the rest unset (default \(fallback))"
    }
}
