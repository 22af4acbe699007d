import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import Testing
@testable import ConfluenceKit

/// A site whose TLS certificate the client does not trust fails at once, with a sentence that says so.
struct TLSCertificateTests {
    /// A self-signed certificate for localhost and its key, made for this test only: they protect nothing.
    private static let certificate = """
        -----BEGIN CERTIFICATE-----
        MIIBgDCCASWgAwIBAgIUYDW8Ti204jIv+/3kKDN94fwX8OwwCgYIKoZIzj0EAwIw
        FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTIwMTAwMDcwMVoYDzIxMjYxMTA3
        MDAwNzAxWjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
        PQMBBwNCAAS/3DjFmmzEgvu+4V1Z8jYoO0B+va/jU/RKqOv9PsOfhZoYTCRHkOpU
        wzg3V7pSEUkIT/tM/JzWRe+dEAqRS67Zo1MwUTAdBgNVHQ4EFgQUYf0DnVw50qDY
        AqCD943EBQYhZPAwHwYDVR0jBBgwFoAUYf0DnVw50qDYAqCD943EBQYhZPAwDwYD
        VR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNJADBGAiEAkaBn9dg6kk0LqIo1VCZV
        LcbicTiMJ7kzlF0PkgkFZ0cCIQD75/mzZ1WxGbEamI3u9dXjItG4aSDpVANvsFZV
        6kx9Qg==
        -----END CERTIFICATE-----
        """
    private static let privateKey = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgR/IS6NhD6PJBHfBF
        aJEaIiWaLiFk5+TUJ4IShYuVeUShRANCAAS/3DjFmmzEgvu+4V1Z8jYoO0B+va/j
        U/RKqOv9PsOfhZoYTCRHkOpUwzg3V7pSEUkIT/tM/JzWRe+dEAqRS67Z
        -----END PRIVATE KEY-----
        """

    @Test func aSelfSignedCertificateIsRefusedWithASentence() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: try NIOSSLCertificate.fromPEMBytes(Array(Self.certificate.utf8)).map { .certificate($0) },
            privateKey: .privateKey(try NIOSSLPrivateKey(bytes: Array(Self.privateKey.utf8), format: .pem)))
        let context = try NIOSSLContext(configuration: configuration)
        let server = try await ServerBootstrap(group: group)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context)) }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        let port = try #require(server.localAddress?.port)
        let site = try Site.detect("https://127.0.0.1:\(port)/", kind: .dataCenter)
        let client = ConfluenceClient(site: site, credential: .personalAccessToken("PATSECRET999"), transport: AsyncHTTPClientTransport(),
                                      configuration: ClientConfiguration(clock: VirtualClock()))
        let error = await #expect(throws: ConfluenceError.self) { _ = try await client.currentUser() }
        #expect(error?.attempts == 1, "a refused certificate is not retried")
        #expect(error?.description.contains("the server's TLS certificate was not accepted") == true, "\(String(describing: error))")
        #expect(error?.description.contains("PATSECRET999") == false)
        try await server.close()
        try await group.shutdownGracefully()
    }
}
