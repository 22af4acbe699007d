import Hummingbird

/// Turns HTTP requests into emulator responses: context path, authentication, faults, routing, logging.
struct EmulatorResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let api: SiteAPI
    let routes: RouteTable
    let users: UserDirectory
    let faults: FaultInjector
    let log: RequestLog
    /// LlamaCloud's data-source calls under `/api/v1/`, when configured (faults do not apply to them).
    let llamaCloud: LlamaCloudAPI?

    func respond(to request: Request, context: Context) async throws -> Response {
        let started = ContinuousClock.now
        let sequence = await log.nextSequence()
        let fullPath = request.uri.path
        let rawQuery = request.uri.query ?? ""
        if let llamaCloud, fullPath.hasPrefix(LlamaCloudAPI.prefix) {
            let body = try await request.body.collect(upTo: LlamaCloudAPI.maximumBodyBytes)
            let authorization = request.headers[.authorization]
            let outcome = await llamaCloud.respond(method: request.method.rawValue, path: fullPath, query: QueryParameters(raw: rawQuery),
                                                   authorization: authorization, body: Array(buffer: body))
            await record(sequence, request, query: rawQuery, authKind: AuthKind(header: authorization), status: outcome.status,
                         started: started, faults: [])
            return ResponseEncoding.response(outcome, bodyMode: .normal)
        }
        let authentication = users.authenticate(request.headers[.authorization], flavor: api.flavor)
        let decision = await faults.decide(path: stripContext(fullPath) ?? fullPath)
        if decision.delayMilliseconds > 0 {
            try? await Task.sleep(for: .milliseconds(decision.delayMilliseconds))
        }
        var outcome = answer(method: request.method.rawValue, path: fullPath, rawQuery: rawQuery,
                             authentication: authentication, decision: decision,
                             origin: "http://\(request.head.authority ?? "127.0.0.1")")
        outcome.headers += decision.rateLimitHeaders
        await record(sequence, request, query: rawQuery, authKind: authentication.kind, status: outcome.status,
                     started: started, faults: decision.applied)
        return ResponseEncoding.response(outcome, bodyMode: decision.rejection == nil ? decision.bodyMode : .normal)
    }

    /// Appends the request to the log: method, path, query and the kind of credential, never the credential or the body.
    private func record(_ sequence: Int, _ request: Request, query: String, authKind: AuthKind, status: Int,
                        started: ContinuousClock.Instant, faults: [String]) async {
        let duration = started.duration(to: .now)
        await log.append(RequestRecord(
            sequence: sequence, method: request.method.rawValue, path: request.uri.path, query: query,
            authKind: authKind, status: status,
            durationMilliseconds: Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15,
            faults: faults))
    }

    /// The path without the Data Center context path; nil when the path is outside it.
    private func stripContext(_ path: String) -> String? {
        let context = api.contextPath
        guard !context.isEmpty else { return path }
        if path == context { return "/" }
        return path.hasPrefix(context + "/") ? String(path.dropFirst(context.count)) : nil
    }

    private func answer(method: String, path fullPath: String, rawQuery: String, authentication: Authentication,
                        decision: FaultDecision, origin: String) -> APIResponse {
        guard let path = stripContext(fullPath) else {
            return APIFamily.rest.errorResponse(.notFound("Not Found: \(fullPath)"))
        }
        let match = routes.match(method: method, path: path)
        let family: APIFamily
        switch match {
        case .found(let route, _): family = route.family
        case .wrongMethod(let routeFamily), .notFound(let routeFamily): family = routeFamily
        }
        let user: EmulatorUser
        switch authentication {
        case .authenticated(let account, _):
            user = account
        case .invalid(.basic) where api.flavor == .dataCenter:
            return APIFamily.dataCenterLoginPage()
        case .missing, .invalid:
            guard family == .edge else {
                var response = family.errorResponse(APIError(status: 401, message: "Client must be authenticated to access this resource."))
                if api.flavor == .dataCenter { response.headers.append(("X-Seraph-LoginReason", "AUTHENTICATED_FAILED")) }
                return response
            }
            user = EmulatorUser(name: "anonymous", spaces: [])
        }
        switch decision.rejection {
        case .rateLimited:
            return family.errorResponse(APIError(status: 429, message: "Rate limit exceeded. Please retry after the time in the Retry-After header."))
        case .serverError(let status):
            return family.errorResponse(APIError(status: status, message: "The service is temporarily unavailable (injected fault)."))
        case nil:
            break
        }
        switch match {
        case .notFound:
            return family.errorResponse(.notFound("No route matches \(method) \(path)"))
        case .wrongMethod:
            return family.errorResponse(APIError(status: 405, message: "Method \(method) is not allowed for \(path)"))
        case .found(let route, let parameters):
            let apiRequest = APIRequest(path: path, parameters: parameters, query: QueryParameters(raw: rawQuery),
                                        user: user, origin: origin, repeatCursor: decision.repeatCursor)
            do {
                return try route.handler(api, apiRequest)
            } catch let error as APIError {
                return route.family.errorResponse(error)
            } catch {
                return route.family.errorResponse(APIError(status: 500, message: "Internal error: \(error)"))
            }
        }
    }
}
