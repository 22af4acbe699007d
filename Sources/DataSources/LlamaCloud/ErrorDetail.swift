import ConfluenceKit
import Foundation

/// The `detail` of a LlamaCloud error answer, as sentences with every known secret removed.
///
/// FastAPI answers `{"detail": "text"}` or, for validation, `{"detail": [{"loc": [...], "msg": "..."}]}`;
/// each item becomes `component.server_url: field required`. The `input` that pydantic may echo is
/// never shown. A body that is not JSON is shown trimmed to a short line.
struct ErrorDetail {
    /// One sentence per problem.
    let items: [String]

    /// All items on one line, or `nil` when the answer carried none.
    var summary: String? { items.isEmpty ? nil : items.joined(separator: "; ") }

    init(_ body: Data, redactor: Redactor) {
        guard !body.isEmpty else {
            items = []
            return
        }
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            let text = redactor.summary(String(decoding: body, as: UTF8.self), limit: 300)
            items = text.isEmpty ? [] : [text]
            return
        }
        switch object["detail"] {
        case let text as String:
            items = [redactor.clean(text)]
        case let list as [Any]:
            items = list.map { Self.describe($0, redactor: redactor) }
        default:
            items = (object["message"] as? String).map { [redactor.clean($0)] } ?? []
        }
    }

    private static func describe(_ item: Any, redactor: Redactor) -> String {
        guard let entry = item as? [String: Any] else { return redactor.clean(String(describing: item)) }
        let message = (entry["msg"] as? String) ?? "invalid"
        var location = (entry["loc"] as? [Any] ?? []).map { String(describing: $0) }
        if location.first == "body" { location.removeFirst() }
        let place = location.joined(separator: ".")
        return redactor.clean(place.isEmpty ? message : "\(place): \(message)")
    }
}
