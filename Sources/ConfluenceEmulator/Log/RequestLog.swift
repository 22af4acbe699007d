/// The emulator's request log, readable by tests and benchmarks while the server runs.
public actor RequestLog {
    private var entries: [RequestRecord] = []
    private var sequence = 0
    private let file: RequestLogFile?

    /// An empty log, also written line by line to `file` when one is given.
    init(file: RequestLogFile? = nil) {
        self.file = file
    }

    /// Every request so far, in arrival order.
    public var records: [RequestRecord] { entries }

    /// Number of requests so far.
    public var count: Int { entries.count }

    /// Number of requests to the OAuth token endpoint with `grantType` (`authorization_code`, `refresh_token`).
    public func tokenRequests(grantType: String) -> Int {
        entries.count { $0.grantType == grantType }
    }

    /// Forgets every record (the sequence keeps counting).
    public func clear() {
        entries.removeAll()
    }

    /// The next arrival number.
    func nextSequence() -> Int {
        sequence += 1
        return sequence
    }

    /// Adds a record.
    func append(_ record: RequestRecord) {
        entries.append(record)
        file?.write(record)
    }
}
