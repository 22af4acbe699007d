import Foundation
import TerminalKit

extension String {
    /// The title as a row shows it: `(untitled)` for one that cleans to nothing visible, which would draw an empty row.
    var shownAsTitle: String {
        Sanitizer.clean(self).trimmingCharacters(in: .whitespaces).isEmpty ? "(untitled)" : self
    }
}
