/// The check a LlamaCloud project id gets before it goes into a create call's URL or a script: the command line's
/// `--project-id` and the browser's export dialog refuse the same ids.
public enum LlamaCloudProjectID {
    /// Why `text` cannot be a project id, as a clause (`it is empty; …`), or nil when it can.
    public static func problem(_ text: String) -> String? {
        if text.isEmpty {
            return "it is empty; give the id of a LlamaCloud project (a UUID, in the project's settings)"
        }
        if text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control }) {
            return "it holds a space or a control character, but a project id is one word (a UUID, in the project's settings)"
        }
        return nil
    }
}
