import Foundation
import Synchronization

/// Sends requests for one site: authorisation, the in-flight limit, retries with backoff, events and error mapping.
final class RequestExecutor: Sendable {
    let site: Site
    let configuration: ClientConfiguration
    let events = EventBroadcaster<RequestEvent>()
    private let transport: any HTTPTransport
    private let auth: any AuthProvider
    let limiter: ConcurrencyLimiter
    private let random: Mutex<SeededRandom>
    private let requestCounter = Atomic<UInt64>(0)

    init(site: Site, auth: any AuthProvider, transport: any HTTPTransport, configuration: ClientConfiguration) {
        self.site = site
        self.auth = auth
        self.transport = transport
        self.configuration = configuration
        self.limiter = configuration.sharedLimiter ?? ConcurrencyLimiter(limit: configuration.maxConcurrentRequests)
        self.random = Mutex(SeededRandom(seed: configuration.jitterSeed ?? UInt64.random(in: .min ... .max)))
    }

    /// Sends a GET and decodes the 2xx body as `T`; a body of another shape is a decoding error naming the JSON path.
    func get<T: Decodable>(_ type: T.Type, _ url: URL) async throws(ConfluenceError) -> (value: T, response: HTTPResponse) {
        let context = makeContext(.get, url)
        let response = try await perform(context, body: nil)
        do {
            return (try JSONDecoder().decode(type, from: response.body), response)
        } catch let error as DecodingError {
            let sentence = DecodingErrorSentence.describe(error, body: response.body)
            throw fail(context, failure(.decoding(sentence), context, tries: RequestTries(counted: 1)))
        } catch {
            throw fail(context, failure(.decoding("the body could not be decoded"), context, tries: RequestTries(counted: 1)))
        }
    }

    /// Sends a request until it succeeds or the retry policy gives up; throws `ConfluenceError` for anything but 2xx.
    func send(_ method: HTTPMethod, _ url: URL, body: Data? = nil) async throws(ConfluenceError) -> HTTPResponse {
        try await perform(makeContext(method, url), body: body)
    }

    private func makeContext(_ method: HTTPMethod, _ url: URL) -> RequestContext {
        RequestContext(id: requestCounter.add(1, ordering: .relaxed).newValue, method: method, url: url, startedAt: configuration.clock.now())
    }

    private func perform(_ context: RequestContext, body: Data?) async throws(ConfluenceError) -> HTTPResponse {
        let method = context.method
        var tries = RequestTries()
        var sends = 0
        var refreshed = false
        var throttledWait = Duration.zero
        while true {
            tries.counted += 1
            sends += 1
            let (request, outcome) = try await sendOnce(context, body: body, send: sends, tries: tries)
            switch outcome {
            case .failure(let error):
                if error.isCancellation || Task.isCancelled {
                    throw fail(context, failure(.transport(.cancelled), context, tries: tries))
                }
                if error.isRetryable, method.isIdempotent, tries.counted < configuration.retry.maxAttempts {
                    try await wait(context, delay: backoff(forRetry: tries.counted), reason: .transport(error.description), tries: tries)
                    continue
                }
                throw fail(context, failure(.transport(error), context, tries: tries))
            case .success(let response):
                if response.status == 401, !refreshed {
                    refreshed = true
                    if try await refresh(context, rejected: request.headers["Authorization"], tries: tries) {
                        tries.counted -= 1
                        events.emit(context.event(.retryScheduled(delay: .zero, reason: .credentialRefreshed)))
                        continue
                    }
                }
                if Self.isRetryable(status: response.status), method.isIdempotent {
                    let retryAfter = [429, 503].contains(response.status)
                        ? RetryAfter.delay(from: response.headers["Retry-After"], now: configuration.clock.currentDate())
                        : nil
                    let delay = retryAfter.map(configuration.retry.clamp(retryAfter:)) ?? backoff(forRetry: tries.counted)
                    let throttled = response.status == 429 && throttledWait + delay <= configuration.retry.maxThrottledWait
                    if throttled || tries.counted < configuration.retry.maxAttempts {
                        if throttled {
                            throttledWait += delay
                            tries.counted -= 1
                            tries.throttled += 1
                        }
                        let reason = RetryReason.status(response.status, retryAfter: retryAfter != nil)
                        try await wait(context, delay: delay, reason: reason, tries: tries)
                        continue
                    }
                }
                let elapsed = configuration.clock.now() - context.startedAt
                events.emit(context.event(.finished(status: response.status, bytes: response.body.count, milliseconds: elapsed.milliseconds)))
                if response.isSuccess { return response }
                throw fail(context, await httpError(response, context: context, authorization: request.headers["Authorization"], tries: tries))
            }
        }
    }

    /// A stream of this executor's request events.
    func subscribe() -> AsyncStream<RequestEvent> {
        events.subscribe()
    }

    // MARK: - Steps

    private func sendOnce(_ context: RequestContext, body: Data?, send: Int, tries: RequestTries) async throws(ConfluenceError) -> (HTTPRequest, Result<HTTPResponse, TransportError>) {
        var request = HTTPRequest(
            method: context.method,
            url: context.url,
            headers: ["Accept": "application/json", "User-Agent": configuration.userAgent],
            body: body,
            timeout: configuration.requestTimeout
        )
        do {
            // A pause the site asked for holds every request: waited out before queueing, and again if one began while
            // this request queued.
            while true {
                while let resume = await limiter.pausedUntil, case let now = configuration.clock.now(), resume > now {
                    try await configuration.clock.sleep(for: resume - now)
                }
                try await limiter.acquire()
                guard let resume = await limiter.pausedUntil, resume > configuration.clock.now() else { break }
                await limiter.release()
            }
        } catch {
            throw fail(context, failure(.transport(.cancelled), context, tries: tries))
        }
        do {
            if let header = try await auth.authorization(for: request) {
                request.headers.replaceOrAdd(name: "Authorization", value: header)
            }
        } catch {
            await limiter.release()
            throw fail(context, authenticationFailure(error, context, tries: tries))
        }
        events.emit(context.event(.started(attempt: send)))
        var outcome: Result<HTTPResponse, TransportError>
        do {
            outcome = .success(try await transport.send(request))
        } catch let error as TransportError {
            outcome = .failure(error)
        } catch is CancellationError {
            outcome = .failure(.cancelled)
        } catch {
            outcome = .failure(.other(Self.sentence(for: error)))
        }
        // Whatever a transport says, the credential it was handed never reaches an event or an error.
        let redactor = Redactor(hidingAuthorization: request.headers["Authorization"])
        outcome = outcome.mapError { $0.redacted(by: redactor) }
        if case .success(let response) = outcome {
            if response.status == 429 {
                await limiter.recordThrottled()
            } else if response.isSuccess {
                await limiter.recordSuccess()
            }
            // A Retry-After on a 429 or 503 asks the site to be left alone: every request to it waits, not only this
            // one. Paused before the permit is returned, so no request queued behind this one goes out first.
            if [429, 503].contains(response.status),
               let retryAfter = RetryAfter.delay(from: response.headers["Retry-After"], now: configuration.clock.currentDate()) {
                await limiter.pause(until: configuration.clock.now() + configuration.retry.clamp(retryAfter: retryAfter))
            }
        }
        await limiter.release()
        return (request, outcome)
    }

    private func refresh(_ context: RequestContext, rejected: String?, tries: RequestTries) async throws(ConfluenceError) -> Bool {
        do {
            return try await auth.refreshAfterUnauthorized(rejected: rejected)
        } catch {
            throw fail(context, authenticationFailure(error, context, tries: tries))
        }
    }

    private func wait(_ context: RequestContext, delay: Duration, reason: RetryReason, tries: RequestTries) async throws(ConfluenceError) {
        events.emit(context.event(.retryScheduled(delay: delay, reason: reason)))
        do {
            try await configuration.clock.sleep(for: delay)
        } catch {
            throw fail(context, failure(.transport(.cancelled), context, tries: tries))
        }
    }

    private func failure(_ reason: ConfluenceError.Reason, _ context: RequestContext, tries: RequestTries) -> ConfluenceError {
        ConfluenceError(reason, site: site.description, method: context.method, target: context.target, attempts: tries.counted,
                        throttledSends: tries.throttled)
    }

    /// An auth provider's failure: its own `ConfluenceError` as is, cancellation as cancellation, else its sentence.
    private func authenticationFailure(_ error: any Error, _ context: RequestContext, tries: RequestTries) -> ConfluenceError {
        switch error {
        case let error as ConfluenceError: error
        case is CancellationError: failure(.transport(.cancelled), context, tries: tries)
        default: failure(.authentication(Self.sentence(for: error)), context, tries: tries)
        }
    }

    private func fail(_ context: RequestContext, _ error: ConfluenceError) -> ConfluenceError {
        events.emit(context.event(.failed(error.description)))
        return error
    }

    /// The error a non-2xx answer stands for; a server message that echoes the credential is shown without it.
    private func httpError(_ response: HTTPResponse, context: RequestContext, authorization: String?, tries: RequestTries) async -> ConfluenceError {
        let message = ServerMessage.extract(from: response.body, contentType: response.headers["Content-Type"])
            .map(Redactor(hidingAuthorization: authorization).clean)
        if let origin = response.redirectedTo, response.status == 401 || response.status == 403 {
            return failure(.redirected(status: response.status, to: origin), context, tries: tries)
        }
        let refused = response.status == 401 ? await auth.identity : nil
        let isV2 = context.url.path.contains("/api/v2/")
        return failure(
            .http(status: response.status, serverMessage: message, refusedCredential: refused, notFoundOrForbidden: isV2 && response.status == 404),
            context, tries: tries
        )
    }

    /// Full jitter: a uniformly random delay between zero and the exponential ceiling.
    private func backoff(forRetry retry: Int) -> Duration {
        let ceiling = configuration.retry.backoffCeiling(forRetry: retry)
        let fraction = random.withLock { Double.random(in: 0...1, using: &$0) }
        return ceiling * fraction
    }

    private static func isRetryable(status: Int) -> Bool {
        status == 429 || (500...599).contains(status) && status != 501 && status != 505
    }

    /// An error's own description; transports and auth providers promise theirs hold no secret.
    private static func sentence(for error: any Error) -> String {
        String(describing: error)
    }
}

/// What stays the same across the attempts of one request.
struct RequestContext {
    let id: UInt64
    let method: HTTPMethod
    let url: URL
    let startedAt: Duration

    var target: String { HTTPRequest(url: url).target }

    func event(_ kind: RequestEvent.Kind) -> RequestEvent {
        RequestEvent(requestID: id, method: method, target: target, kind: kind)
    }
}
