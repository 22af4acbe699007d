/// The emulator's request log, readable by tests and benchmarks while the server runs. It keeps the latest
/// `capacity` records in memory (a server that runs for days must not grow without end); the file, when
/// there is one, gets every record.
public actor RequestLog {
    private var entries: [RequestRecord] = []
    private var total = 0
    private var sequence = 0
    private let file: RequestLogFile?
    private let capacity: Int

    /// An empty log, also written line by line to `file` when one is given.
    init(file: RequestLogFile? = nil, capacity: Int = 200_000) {
        self.file = file
        self.capacity = max(1, capacity)
    }

    /// The requests so far, in arrival order: all of them, or the latest `capacity` ones.
    public var records: [RequestRecord] { entries }

    /// Number of requests so far, including those no longer kept in memory.
    public var count: Int { total }

    /// Number of requests to the OAuth token endpoint with `grantType` (`authorization_code`, `refresh_token`).
    public func tokenRequests(grantType: String) -> Int {
        entries.count { $0.grantType == grantType }
    }

    /// Forgets every record (the sequence keeps counting).
    public func clear() {
        entries.removeAll()
        total = 0
    }

    /// The next arrival number.
    func nextSequence() -> Int {
        sequence += 1
        return sequence
    }

    /// Adds a record.
    func append(_ record: RequestRecord) {
        entries.append(record)
        total += 1
        // Dropped a quarter at a time, so appending stays cheap on average.
        if entries.count > capacity + capacity / 4 { entries.removeFirst(entries.count - capacity) }
        file?.write(record)
    }
}
