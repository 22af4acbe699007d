/// A fault applied to the requests whose path matches a glob, optionally only some of the time or a few times.
public struct FaultRule: Sendable, Hashable {
    /// What to inject.
    public var fault: Fault
    /// Glob over the request path (after any context path); `*` matches any run of characters, so `*` is every route
    /// and `/wiki/api/v2/pages/*` is every page route.
    public var path: String
    /// Chance (0...1) that a matching request is affected; drawn from the emulator's seeded generator.
    public var probability: Double
    /// Affect at most this many requests, then stay quiet; nil for no limit.
    public var times: Int?

    /// A rule applying `fault` to requests matching `path`.
    public init(_ fault: Fault, path: String = "*", probability: Double = 1, times: Int? = nil) {
        self.fault = fault
        self.path = path
        self.probability = probability
        self.times = times
    }

    /// Whether `candidate` matches the glob.
    func matches(path candidate: String) -> Bool {
        Self.glob(Array(path.utf8)[...], Array(candidate.utf8)[...])
    }

    private static func glob(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        var p = pattern.startIndex, t = text.startIndex
        var starP = -1, starT = -1
        while t < text.endIndex {
            if p < pattern.endIndex, pattern[p] == UInt8(ascii: "*") {
                starP = p; starT = t; p += 1
            } else if p < pattern.endIndex, pattern[p] == text[t] {
                p += 1; t += 1
            } else if starP >= 0 {
                p = starP + 1; starT += 1; t = starT
            } else {
                return false
            }
        }
        while p < pattern.endIndex, pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.endIndex
    }
}
