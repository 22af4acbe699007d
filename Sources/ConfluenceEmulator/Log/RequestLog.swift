/// The emulator's request log, readable by tests and benchmarks while the server runs.
public actor RequestLog {
    private var entries: [RequestRecord] = []
    private var sequence = 0

    /// An empty log.
    public init() {}

    /// Every request so far, in arrival order.
    public var records: [RequestRecord] { entries }

    /// Number of requests so far.
    public var count: Int { entries.count }

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
    }
}
