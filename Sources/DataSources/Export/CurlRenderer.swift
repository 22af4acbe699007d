/// Renders a POSIX shell script making the raw create call with curl, with no secret in curl's arguments.
///
/// Arguments are visible to every user of the machine (`ps`), so the `Authorization` header reaches curl as a
/// header file on descriptor 3 (`--header @/dev/fd/3`) and the JSON body, which may hold the Confluence token,
/// on standard input (`--data-binary @-`), each from a here-document. In the body's literal text `\`, `$` and
/// backticks are escaped, and no line of pretty JSON can be the closing word. Each variable the script reads is
/// checked first with `${NAME:?}`, so an unset or empty one stops it before curl runs, instead of sending an empty
/// secret; one holding a control character stops it too (a line feed would end the header or break the JSON). A
/// body placeholder expands to the variable's value escaped for a JSON string (a Data Center password may hold `"`
/// or `\`), made with the shell's `printf` and `sed`, so the value is in no process's arguments.
///
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
        let variables = [CreateRequestBody.apiKeyVariable] + bodyVariables
        lines += variables.map { ": \"${\($0):?is not set; export it before running this script}\"" }
        lines += variables.map { name in
            "case \"$\(name)\" in *[[:cntrl:]]*) echo \"\(name) holds a control character, which this script does not send\" >&2; exit 1 ;; esac"
        }
        lines += bodyVariables.map { name in
            "\(jsonName(name))=$(printf '%s' \"$\(name)\" | sed -e 's/\\\\/\\\\\\\\/g' -e 's/\"/\\\\\"/g')"
        }
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
            case .environment(let name): "${\(jsonName(name))}"
            }
        }.joined()
        lines += [data, "BODY"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The shell variable holding `name`'s value escaped for a JSON string.
    private static func jsonName(_ name: String) -> String { name + "_JSON" }
}
