import Hummingbird

/// Turns HTTP requests into emulator responses: OAuth endpoints, gateway, context path, authentication, faults, routing, logging.
struct EmulatorResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let api: SiteAPI
    let routes: RouteTable
    let users: UserDirectory
    let faults: FaultInjector
    let log: RequestLog
    /// LlamaCloud's data-source calls under `/api/v1/`, when configured (faults do not apply to them).
    let llamaCloud: LlamaCloudAPI?
    /// The authorization server; its endpoints and the gateway exist on Cloud only.
    let oauth: OAuthServer

    /// The grant types the log names; any other value is logged as `other`, so nothing sent there is ever recorded.
    private static let knownGrantTypes: Set<String> = ["authorization_code", "refresh_token"]

    /// The largest token request body read.
    private static let maximumTokenBody = 64 * 1024

    func respond(to request: Request, context: Context) async throws -> Response {
        let started = ContinuousClock.now
        let sequence = await log.nextSequence()
        let fullPath = request.uri.path
        let rawQuery = request.uri.query ?? ""
        let origin = "http://\(request.head.authority ?? "127.0.0.1")"
        let method = request.method.rawValue
        let header = request.headers[.authorization]
        var record = RequestRecord(sequence: sequence, method: method, path: fullPath, query: rawQuery, authKind: .none,
                                   status: 0, durationMilliseconds: 0, faults: [], userAgent: request.headers[.userAgent])
        let outcome: APIResponse
        var bodyMode = FaultDecision.BodyMode.normal
        if let llamaCloud, fullPath.hasPrefix(LlamaCloudAPI.prefix) {
            let body = try await request.body.collect(upTo: LlamaCloudAPI.maximumBodyBytes)
            record.authKind = AuthKind(header: header)
            outcome = await llamaCloud.respond(method: method, path: fullPath, query: QueryParameters(raw: rawQuery),
                                               authorization: header, body: Array(buffer: body))
        } else if api.flavor == .cloud, let endpoint = OAuthEndpoint(path: fullPath) {
            var fields: [String: String]?
            if request.method == .post {
                let body = try await request.body.collect(upTo: Self.maximumTokenBody)
                fields = OAuthServer.tokenFields(body: Array(buffer: body), contentType: request.headers[.contentType])
            }
            record.authKind = users.authenticate(header, flavor: api.flavor).kind
            record.grantType = endpoint == .token ? fields?["grant_type"].map { Self.knownGrantTypes.contains($0) ? $0 : "other" } : nil
            outcome = await oauth.respond(to: endpoint, method: method, query: QueryParameters(raw: rawQuery), fields: fields,
                                          authorization: header, origin: origin)
        } else {
            let target = api.flavor == .cloud ? RequestTarget(path: fullPath) : .site(path: fullPath)
            let (authentication, grantedScopes) = await authenticate(header, target: target)
            record.authKind = authentication.kind
            let decision = await faults.decide(path: stripContext(target.sitePath) ?? target.sitePath)
            if decision.delayMilliseconds > 0 {
                try? await Task.sleep(for: .milliseconds(decision.delayMilliseconds))
            }
            var answer = await route(method: method, target: target, rawQuery: rawQuery, authentication: authentication,
                                     grantedScopes: grantedScopes, decision: decision, origin: origin)
            answer.headers += decision.rateLimitHeaders
            record.faults = decision.applied
            outcome = answer
            bodyMode = decision.rejection == nil ? decision.bodyMode : .normal
        }
        let duration = started.duration(to: .now)
        record.status = outcome.status
        record.durationMilliseconds = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        await log.append(record)
        return ResponseEncoding.response(outcome, bodyMode: bodyMode)
    }

    /// The caller: an emulator account by its basic or personal-access-token credential, or, through the
    /// gateway only, the OAuth test user by a live 3LO access token, with the scopes that token was granted.
    private func authenticate(_ header: String?, target: RequestTarget) async -> (Authentication, grantedScopes: Set<String>?) {
        let authentication = users.authenticate(header, flavor: api.flavor)
        guard case .invalid(.bearer) = authentication, case .gateway = target, let token = OAuthServer.bearerToken(header),
              let holder = await oauth.holder(ofAccessToken: token),
              let user = users.users.first(where: { $0.name == holder.userName }) else { return (authentication, nil) }
        return (.authenticated(user, .bearer), Set(holder.scopes))
    }

    /// The site's answer, after the gateway's own checks (a cloudId it serves, a credential it accepts, the
    /// scopes the route needs).
    private func route(method: String, target: RequestTarget, rawQuery: String, authentication: Authentication,
                       grantedScopes: Set<String>?, decision: FaultDecision, origin: String) async -> APIResponse {
        guard case .gateway(let cloudId, let path) = target else {
            return answer(method: method, path: target.sitePath, rawQuery: rawQuery, authentication: authentication,
                          grantedScopes: nil, decision: decision, origin: origin)
        }
        guard await oauth.serves(cloudId: cloudId) else {
            return APIFamily.gateway.errorResponse(.notFound("No site with cloudId \(cloudId) is known to the gateway"))
        }
        guard case .authenticated = authentication else {
            return APIFamily.gateway.errorResponse(APIError(status: 401, message: "Unauthorized"))
        }
        return answer(method: method, path: path, rawQuery: rawQuery, authentication: authentication, grantedScopes: grantedScopes,
                      decision: decision, origin: origin + RequestTarget.gatewayPrefix + cloudId)
    }

    /// The path without the Data Center context path; nil when the path is outside it.
    private func stripContext(_ path: String) -> String? {
        let context = api.contextPath
        guard !context.isEmpty else { return path }
        if path == context { return "/" }
        return path.hasPrefix(context + "/") ? String(path.dropFirst(context.count)) : nil
    }

    /// The route's answer; `grantedScopes` are a 3LO token's, checked against the route (nil for other credentials).
    private func answer(method: String, path fullPath: String, rawQuery: String, authentication: Authentication,
                        grantedScopes: Set<String>?, decision: FaultDecision, origin: String) -> APIResponse {
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
        case .found(let route, _) where grantedScopes.map(route.scopes.isSatisfied) == false:
            // Atlassian's gateway answers a token without the route's scope in its own shape, with this message.
            return APIFamily.gateway.errorResponse(APIError(status: 401, message: "Unauthorized; scope does not match"))
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
