import Foundation
import Testing
import TestSupport

/// The `confluence-emulator` binary: prints its URL and credentials, serves, and stops on SIGINT/SIGTERM.
struct ExecutableTests {
    /// The binary next to the test bundle in the build folder.
    static var binary: URL? { BuiltExecutable(named: "confluence-emulator")?.url }

    @Test(arguments: [(SIGINT, "cloud"), (SIGTERM, "datacenter")])
    func servesAndStopsOnSignal(_ signalNumber: Int32, _ flavor: String) async throws {
        let binary = try #require(Self.binary, "confluence-emulator was not built next to the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--synthetic", "60", "--flavor", flavor, "--seed", "4", "--access-token-lifetime", "7"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var text = ""
        let handle = output.fileHandleForReading
        while !text.contains("credentials:") {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        let base = try #require(text.split(separator: "\n").first { $0.hasPrefix("base URL: ") }.map { String($0.dropFirst(10)) })
        #expect(text.contains(flavor == "cloud" ? "demo@example.com / demo-token" : "Bearer demo-pat"))
        #expect(text.contains("access tokens live 7 s") == (flavor == "cloud"))
        let path = flavor == "cloud" ? "/wiki/api/v2/spaces" : "/rest/api/space"
        let credential: TestCredential = flavor == "cloud" ? .cloudDemo : .dataCenterPAT
        let reply = try await HTTPProbe().send(base + path, credential: credential)
        #expect(reply.status == 200)
        kill(process.processIdentifier, signalNumber)
        let deadline = ContinuousClock.now + .seconds(10)
        while process.isRunning && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!process.isRunning)
        #expect(process.terminationStatus == 0)
    }

    @Test func rejectsContradictoryArguments() throws {
        let binary = try #require(Self.binary, "confluence-emulator was not built next to the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--synthetic", "10", "--site", "/nowhere"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).contains("exactly one of"))
    }
}
