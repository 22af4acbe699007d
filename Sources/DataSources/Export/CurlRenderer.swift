/// Renders a POSIX shell script making the raw create call with curl.
///
/// The JSON body sits in single quotes, where nothing is special to the shell; an environment
/// placeholder closes the quotes, expands `"$NAME"`, and reopens them. `set -u` stops the script
/// when a variable it reads is unset, instead of sending an empty secret.
///
/// - Note: The expanded token is placed in the JSON string as is, so a token containing `"` or `\`
///   would need escaping; Atlassian API tokens and LlamaCloud keys never contain either.
enum CurlRenderer {
    static func render(_ script: ExportScript, body: ExportValue) -> String {
        var lines = ["#!/bin/sh"] + script.headerLines.map { "# " + $0 }
        lines += [
            "set -eu",
            "curl --fail-with-body --silent --show-error \\",
            "  --request POST \\",
            "  --url \(LiteralEscaping.shell(script.createURL)) \\",
            "  --header \"Authorization: Bearer $\(CreateRequestBody.apiKeyVariable)\" \\",
            "  --header 'Content-Type: application/json' \\",
            "  --header 'Accept: application/json' \\",
        ]
        let data = JSONRenderer.segments(body).map { segment in
            switch segment {
            case .text(let text): LiteralEscaping.shellQuotedBody(text)
            case .environment(let name): "'\"$\(name)\"'"
            }
        }.joined()
        lines.append("  --data-raw '\(data)'")
        return lines.joined(separator: "\n") + "\n"
    }
}
