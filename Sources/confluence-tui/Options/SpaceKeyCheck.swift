import ArgumentParser
import DataSources

/// Refuses a typed space key no space can have (empty, or holding whitespace or a control character) before a site is
/// asked, by the rule a saved definition's `space_key` follows, so an escape sequence in it is named, not stripped.
enum SpaceKeyCheck {
    /// Throws a validation error naming `flag` (`--keys`) or, without one, the key alone, when `key` is no space key.
    static func validate(_ key: String, flag: String? = nil) throws {
        guard let problem = ConfluenceDataSource.Selector.space(key: key).problem else { return }
        throw ValidationError((flag.map { "\($0): " } ?? "") + problem + "; space keys are one word, such as ENG")
    }
}
