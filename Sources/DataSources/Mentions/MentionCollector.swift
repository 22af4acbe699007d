public import StorageFormat
import Synchronization

/// Finds the users a document mentions by rendering it once with a resolver that records every user it is asked about,
/// so the set is exactly the users a reader would see.
public final class MentionCollector: Sendable {
    private let found = Mutex<Set<UserRef>>([])

    private init() {}

    /// The users `document` mentions.
    public static func users(in document: StorageDocument) -> Set<UserRef> {
        let collector = MentionCollector()
        _ = document.plainText(options: RenderOptions(userName: { user in
            collector.found.withLock { _ = $0.insert(user) }
            return nil
        }))
        return collector.found.withLock { $0 }
    }
}
