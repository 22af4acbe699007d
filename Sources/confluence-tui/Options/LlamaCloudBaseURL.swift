import ArgumentParser
import ConfluenceKit
import Foundation

/// `--base-url`, the LlamaCloud API's address: absolute http or https, with a host, and no query, fragment or
/// credentials, since the API's paths are appended to it and the key travels in a header; its port from 1 to 65535.
/// Read as text and checked in `validate()`, so a refusal never repeats the value (a password in it, say), which the
/// parser's own message for a failed transform would.
struct LlamaCloudBaseURL: ParsableArguments {
    @Option(name: .customLong("base-url"), help: "The LlamaCloud API base URL (default https://api.cloud.llamaindex.ai).")
    var text: String?

    /// The address given, if any; `validate()` has refused one that does not parse.
    var url: URL? { text.flatMap { try? Self.parse($0) } }

    func validate() throws {
        guard let text else { return }
        do {
            _ = try Self.parse(text)
        } catch let error as ValidationError {
            throw ValidationError("--base-url: " + error.message)
        }
    }

    private static let example = "such as https://api.cloud.llamaindex.ai"

    /// The URL `text` names; the thrown `ValidationError` says what is wrong with it (the parser exits with status 2).
    static func parse(_ text: String) throws -> URL {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(), let url = components.url else {
            throw ValidationError("it is not an absolute URL; give the LlamaCloud API's address, \(example)")
        }
        guard scheme == "http" || scheme == "https" else {
            throw ValidationError("it uses \"\(scheme)\", but the LlamaCloud API is reached over http or https, \(example)")
        }
        guard let host = components.host, !host.isEmpty else {
            throw ValidationError("it has no host, \(example)")
        }
        guard components.query == nil, components.fragment == nil else {
            throw ValidationError("it has a query or a fragment (a part after ? or #), but the API's paths are added to its end")
        }
        guard components.user == nil, components.password == nil else {
            throw ValidationError("it holds a user name or password; the API key comes from LLAMA_CLOUD_API_KEY")
        }
        // The paths added start with /api/v1: a base ending in it would ask for /api/v1/api/v1/data-sources.
        let path = components.path.lowercased()
        if path.hasSuffix("/api/v1") || path.hasSuffix("/api/v1/") {
            throw ValidationError("it ends in /api/v1, which the API's paths start with; give the address without it, \(example)")
        }
        if let problem = SiteAddress.problem(with: url) { throw ValidationError(problem) }
        return url
    }
}
