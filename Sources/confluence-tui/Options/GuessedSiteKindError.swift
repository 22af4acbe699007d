import ConfluenceKit

/// A site's refusal (401) or missing route (404) when the site was taken for Data Center from its address, with the
/// flag that corrects the guess for a Cloud site at another address (a proxy, the emulator).
struct GuessedSiteKindError: Error, CustomStringConvertible {
    /// The site's answer.
    let error: ConfluenceError

    var description: String {
        "\(error) (the site was taken for Data Center from its address; pass --kind cloud if it is a Cloud site)"
    }
}
