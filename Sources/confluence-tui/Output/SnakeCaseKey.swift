/// A JSON key in snake_case, the one style of every `--json` output: `homepageId` becomes `homepage_id`.
///
/// Only keys written as Swift identifiers (a lowercase first letter, then letters and digits) are converted; a key
/// that is data, such as a probe's "REST v2 (/api/v2)", is left as it is.
struct SnakeCaseKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) {
        self.stringValue = Self.convert(stringValue)
    }

    init?(intValue: Int) { nil }

    /// `accountId` → `account_id`, `webUIURL` → `web_ui_url`; anything not camelCase is returned unchanged.
    static func convert(_ key: String) -> String {
        let characters = Array(key.unicodeScalars)
        guard let first = characters.first, ("a"..."z").contains(first),
              characters.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) }) else { return key }
        var result = ""
        for (index, character) in characters.enumerated() {
            let isUpper = ("A"..."Z").contains(character)
            if isUpper, index > 0 {
                let previousIsUpper = ("A"..."Z").contains(characters[index - 1])
                let nextIsLower = index + 1 < characters.count && ("a"..."z").contains(characters[index + 1])
                if !previousIsUpper || nextIsLower { result += "_" }
            }
            result.unicodeScalars.append(isUpper ? Unicode.Scalar(character.value + 0x20)! : character)
        }
        return result
    }
}
