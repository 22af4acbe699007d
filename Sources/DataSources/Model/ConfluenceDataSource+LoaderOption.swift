extension ConfluenceDataSource {
    /// The option's value, nil when the component leaves it out (LlamaCloud's default applies).
    /// - Note: unsetting `skipListFailures` drops `failure_handling`, whose only field it is.
    public subscript(option: LoaderOption) -> Bool? {
        get {
            switch option {
            case .keepMarkdownFormat: keepMarkdownFormat
            case .indexRestrictedPages: indexRestrictedPages
            case .skipListFailures: failureHandling?.skipListFailures
            }
        }
        set {
            switch option {
            case .keepMarkdownFormat: keepMarkdownFormat = newValue
            case .indexRestrictedPages: indexRestrictedPages = newValue
            case .skipListFailures: failureHandling = newValue.map { FailureHandling(skipListFailures: $0) }
            }
        }
    }

    /// The loader options that are set; an option absent from the dictionary is unset.
    public var loaderOptions: [LoaderOption: Bool] {
        get {
            var values: [LoaderOption: Bool] = [:]
            for option in LoaderOption.allCases { values[option] = self[option] }
            return values
        }
        set {
            for option in LoaderOption.allCases { self[option] = newValue[option] }
        }
    }
}
