public import Foundation

/// One of the package's executables in the build folder the tests were built into, run to its end with its output kept.
public struct BuiltExecutable: Sendable {
    /// Where the executable is.
    public let url: URL

    /// The executable `name` next to the test bundle or up to three folders above it; nil when it was not built.
    public init?(named name: String) {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                url = candidate
                return
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// How a run ended and what it printed.
    public struct Outcome: Sendable {
        /// The exit status.
        public let status: Int32
        /// Everything written on standard output.
        public let output: String
        /// Everything written on standard error.
        public let errors: String
    }

    /// Runs the executable with `arguments` and exactly `environment`, standard input empty, and waits for it to end
    /// without holding a thread; its output goes to files in `directory`, so no pipe fills up while it runs.
    public func run(_ arguments: [String], environment: [String: String], in directory: URL) async throws -> Outcome {
        let outputURL = directory.appendingPathComponent("stdout")
        let errorsURL = directory.appendingPathComponent("stderr")
        for file in [outputURL, errorsURL] { try Data().write(to: file) }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorsURL)
        let status = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Int32, any Error>) in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                continuation.resume(throwing: error)
            }
        }
        return Outcome(status: status, output: try String(contentsOf: outputURL, encoding: .utf8),
                       errors: try String(contentsOf: errorsURL, encoding: .utf8))
    }
}
