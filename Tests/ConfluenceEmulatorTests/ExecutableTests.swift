import Foundation
import Testing
import TestSupport

/// The `confluence-emulator` binary: prints its URL and credentials, serves, and stops on SIGINT/SIGTERM.
struct ExecutableTests {
    /// The binary next to the test bundle in the build folder.
    static var binary: URL? { BuiltExecutable(named: "confluence-emulator")?.url }

    @Test(arguments: [(SIGINT, "cloud"), (SIGTERM, "datacenter")])
    func servesAndStopsOnSignal(_ signalNumber: Int32, _ flavor: String) async throws {
        let (process, text) = try Self.start(["--synthetic", "60", "--flavor", flavor, "--seed", "4", "--access-token-lifetime", "7"])
        defer { if process.isRunning { process.terminate() } }
        let base = try #require(text.split(separator: "\n").first { $0.hasPrefix("base URL: ") }.map { String($0.dropFirst(10)) })
        #expect(text.contains(flavor == "cloud" ? "demo@example.com / demo-token" : "Bearer demo-pat"))
        #expect(text.contains("access tokens live 7 s") == (flavor == "cloud"))
        let path = flavor == "cloud" ? "/wiki/api/v2/spaces" : "/rest/api/space"
        let credential: TestCredential = flavor == "cloud" ? .cloudDemo : .dataCenterPAT
        let reply = try await HTTPProbe().send(base + path, credential: credential)
        #expect(reply.status == 200)
        kill(process.processIdentifier, signalNumber)
        #expect(await Self.exits(process))
        #expect(process.terminationStatus == 0)
    }

    @Test func theBannerShowsASiteTitleWithoutItsEscapeSequences() async throws {
        try await ScratchDirectory.with { folder in
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("spaces"), withIntermediateDirectories: true)
            try Data(#"{"title": "Evil\u001b]0;pwned\u0007 site\u001b[2J", "users": []}"#.utf8).write(to: folder.appendingPathComponent("site.json"))
            let (process, text) = try Self.start(["--site", folder.path])
            defer { if process.isRunning { process.terminate() } }
            #expect(text.contains("serving \"Evil site\": 0 spaces"))
            #expect(!text.unicodeScalars.contains("\u{1B}"))
            // A signal sent the moment the banner shows stops it too.
            process.terminate()
            #expect(await Self.exits(process))
            #expect(process.terminationReason == .exit && process.terminationStatus == 0, "it caught the signal and stopped itself")
        }
    }

    @Test(arguments: [
        (["--synthetic", "10", "--site", "/nowhere"], "exactly one of"),
        (["--synthetic", "10", "--port", "65536"], "--port takes 0 (a free port) or a port from 1 to 65535."),
        (["--synthetic", "10", "--port=-1"], "--port takes 0"),
    ])
    func rejectsArgumentsItCannotServe(_ arguments: [String], _ sentence: String) async throws {
        let (process, _, errors) = try Self.launch(arguments)
        defer { if process.isRunning { process.terminate() } }
        #expect(await Self.exits(process), "it served instead of refusing")
        #expect(process.terminationStatus != 0)
        #expect(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).contains(sentence))
    }

    /// Whether `process` exits within ten seconds.
    private static func exits(_ process: Process) async -> Bool {
        let deadline = ContinuousClock.now + .seconds(10)
        while process.isRunning && ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(50)) }
        return !process.isRunning
    }

    /// Starts the emulator with `arguments`; returns it running and its banner, read up to its credentials line. One that
    /// shows no banner within ten seconds is stopped, which ends the read.
    private static func start(_ arguments: [String]) throws -> (Process, String) {
        let (process, output, _) = try launch(arguments)
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 10, execute: watchdog)
        defer { watchdog.cancel() }
        var text = ""
        let handle = output.fileHandleForReading
        while !text.contains("credentials:") {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        return (process, text)
    }

    /// Runs the emulator with `arguments`, its output and errors each into a pipe.
    private static func launch(_ arguments: [String]) throws -> (Process, output: Pipe, errors: Pipe) {
        let binary = try #require(Self.binary, "confluence-emulator was not built next to the tests")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let (output, errors) = (Pipe(), Pipe())
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return (process, output, errors)
    }
}
