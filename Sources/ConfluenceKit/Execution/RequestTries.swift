/// What one request has cost so far: the sends counted against the retry limit, and those a throttled site answered
/// with 429 that were waited out without counting.
struct RequestTries {
    var counted = 0
    var throttled = 0
}
