/// Renders a POSIX shell script making the raw create call with curl, with no secret in curl's arguments.
///
/// Arguments are visible to every user of the machine (`ps`), so the `Authorization` header reaches curl as a
/// header file on descriptor 3 (`--header @/dev/fd/3`) and the JSON body, which may hold the Confluence token,
/// on standard input (`--data-binary @-`), each from a here-document. The body's here-document expands
/// `${NAME}` for an environment placeholder; in its literal text `\`, `$` and backticks are escaped, and no line
/// of pretty JSON can be the closing word. Each variable the script reads is checked first with `${NAME:?}`, so
/// an unset or empty one stops it before curl runs, instead of sending an empty secret.
///
/// - Note: The expanded token is placed in the JSON string as is, so a token containing `"` or `\`
///   would need escaping; Atlassian API tokens and LlamaCloud keys never contain either.
/// - Note: `/dev/fd/3` needs a system that has `/dev/fd` (Linux, macOS, the BSDs).
enum CurlRenderer {
    static func render(_ script: ExportScript, body: ExportValue) -> String {
        let segments = JSONRenderer.segments(body)
        let bodyVariables = segments.compactMap { segment -> String? in
            if case .environment(let name) = segment { return name }
            return nil
        }
        var lines = ["#!/bin/sh"] + script.headerLines.map { "# " + $0 }
        lines.append("set -eu")
        lines += ([CreateRequestBody.apiKeyVariable] + bodyVariables).map { ": \"${\($0):?is not set; export it before running this script}\"" }
        lines += [
            "# The key and the body reach curl on descriptor 3 and standard input: arguments would show them in ps.",
            "curl --fail-with-body --silent --show-error \\",
            "  --request POST \\",
            "  --url \(LiteralEscaping.shell(script.createURL)) \\",
            "  --header @/dev/fd/3 \\",
            "  --header 'Content-Type: application/json' \\",
            "  --header 'Accept: application/json' \\",
            "  --data-binary @- 3<<HEADERS <<BODY",
            "Authorization: Bearer ${\(CreateRequestBody.apiKeyVariable)}",
            "HEADERS",
        ]
        let data = segments.map { segment in
            switch segment {
            case .text(let text): LiteralEscaping.shellHereDocument(text)
            case .environment(let name): "${\(name)}"
            }
        }.joined()
        lines += [data, "BODY"]
        return lines.joined(separator: "\n") + "\n"
    }
}
