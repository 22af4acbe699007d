import Foundation

/// Extracts the server's own message from an error body: v1/DC `RestError`, v2 `errors[]`, an HTML page, or plain text.
enum ServerMessage {
    /// The longest message kept, in characters.
    static let maximumLength = 300

    static func extract(from body: Data, contentType: String?) -> String? {
        guard !body.isEmpty else { return nil }
        if let json = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) {
            return fromJSON(json).map(cap)
        }
        let text = String(decoding: body, as: UTF8.self)
        let looksHTML = contentType?.lowercased().contains("html") == true
            || text.range(of: "<html", options: .caseInsensitive) != nil
            || text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("<")
        let reduced = looksHTML ? HTMLText.reduce(text) : HTMLText.collapseWhitespace(text)
        return reduced.isEmpty ? nil : cap(reduced)
    }

    private static func fromJSON(_ json: Any) -> String? {
        guard let object = json as? [String: Any] else {
            return (json as? String).map(HTMLText.collapseWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        }
        if let errors = object["errors"] as? [[String: Any]], !errors.isEmpty {
            let parts = errors.compactMap(describeV2Error)
            if !parts.isEmpty { return parts.joined(separator: "; ") }
        }
        if let messages = object["errorMessages"] as? [String], !messages.isEmpty {
            return messages.joined(separator: "; ")
        }
        for key in ["message", "reason", "error_description", "error", "title"] {
            if let text = object[key] as? String, !text.trimmingCharacters(in: .whitespaces).isEmpty {
                return HTMLText.collapseWhitespace(text)
            }
        }
        return nil
    }

    /// `{status, code, title, detail}` becomes "title: detail" (or whichever parts are present).
    private static func describeV2Error(_ error: [String: Any]) -> String? {
        let title = (error["title"] as? String) ?? (error["code"] as? String)
        let detail = error["detail"] as? String
        let parts = [title, detail].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : HTMLText.collapseWhitespace(parts.joined(separator: ": "))
    }

    private static func cap(_ text: String) -> String {
        text.count > maximumLength ? String(text.prefix(maximumLength)) + "…" : text
    }
}
