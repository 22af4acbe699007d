/// Renders a value tree as pretty JSON (two-space indent), keeping member order.
///
/// The output is a list of segments so that a shell export can splice environment variables in
/// between literal JSON text; plain JSON exports never contain an environment segment.
enum JSONRenderer {
    /// A piece of rendered text: literal JSON, or an environment variable to expand inside a string.
    enum Segment: Hashable {
        case text(String)
        case environment(String)
    }

    /// The value rendered, with environment placeholders as separate segments.
    static func segments(_ value: ExportValue) -> [Segment] {
        var output: [Segment] = []
        render(value, indent: "", into: &output)
        return merge(output)
    }

    /// The value rendered as JSON text; environment placeholders must have been left out.
    static func text(_ value: ExportValue) -> String {
        segments(value).map { segment in
            switch segment {
            case .text(let text): text
            case .environment(let name): preconditionFailure("a JSON document cannot read the environment variable \(name)")
            }
        }.joined()
    }

    private static func render(_ value: ExportValue, indent: String, into output: inout [Segment]) {
        switch value {
        case .string(let text):
            output.append(.text(LiteralEscaping.json(text)))
        case .bool(let flag):
            output.append(.text(flag ? "true" : "false"))
        case .environment(let name):
            output.append(.text("\""))
            output.append(.environment(name))
            output.append(.text("\""))
        case .object(let members):
            guard !members.isEmpty else {
                output.append(.text("{}"))
                return
            }
            let inner = indent + "  "
            output.append(.text("{\n"))
            for (position, member) in members.enumerated() {
                output.append(.text(inner + LiteralEscaping.json(member.key) + ": "))
                render(member.value, indent: inner, into: &output)
                output.append(.text(position == members.count - 1 ? "\n" : ",\n"))
            }
            output.append(.text(indent + "}"))
        }
    }

    private static func merge(_ segments: [Segment]) -> [Segment] {
        var merged: [Segment] = []
        for segment in segments {
            if case .text(let text) = segment, case .text(let previous)? = merged.last {
                merged[merged.count - 1] = .text(previous + text)
            } else {
                merged.append(segment)
            }
        }
        return merged
    }
}
