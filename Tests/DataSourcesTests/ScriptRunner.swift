import Foundation
import Testing

/// Runs exported scripts in a real interpreter with stand-ins for curl and the SDK, capturing what they send.
enum ScriptRunner {
    struct Outcome {
        let status: Int32
        let standardError: String
    }

    /// The full path of `name` on `PATH`, or `nil`.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `executable` with `arguments` and exactly `environment`, waiting for it to end.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, standardError: String(decoding: errorData, as: UTF8.self))
    }

    /// What a curl export handed to curl: its arguments, the header files it named (`--header @FILE`), and
    /// standard input (the body of `--data-binary @-`).
    struct CurlCall {
        let arguments: [String]
        let headerFiles: String
        let standardInput: String
    }

    /// Runs a curl export under `/bin/sh` with a stand-in `curl` that records what it was given.
    static func runCurlExport(_ script: String, in directory: URL, environment: [String: String]) throws -> CurlCall {
        let capture = directory.appendingPathComponent("curl")
        // The stand-in is a shell function, not a file on PATH: executing a file just written races with the processes
        // other tests spawn, which can hold it open for writing (ETXTBSY), and the shell then runs the real curl.
        let standIn = """
        curl() {
          : > "$CAPTURE.arguments"
          : > "$CAPTURE.headers"
          for argument in "$@"; do
            printf '%s\\0' "$argument" >> "$CAPTURE.arguments"
            case $argument in @-) ;; @*) cat "${argument#@}" >> "$CAPTURE.headers" ;; esac
          done
          cat > "$CAPTURE.stdin"
        }
        . "$0"

        """
        let scriptURL = directory.appendingPathComponent("export.sh")
        try Data(script.utf8).write(to: scriptURL)
        var env = environment
        env["PATH"] = "/usr/bin:/bin"
        env["CAPTURE"] = capture.path
        let outcome = try run("/bin/sh", ["-c", standIn, scriptURL.path], environment: env)
        #expect(outcome.status == 0, "the curl export failed under /bin/sh: \(outcome.standardError)")
        func captured(_ suffix: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: capture.path + suffix)) }
        let arguments = try captured(".arguments").split(separator: 0, omittingEmptySubsequences: false).dropLast()
        return CurlCall(arguments: arguments.map { String(decoding: $0, as: UTF8.self) },
                        headerFiles: String(decoding: try captured(".headers"), as: UTF8.self),
                        standardInput: String(decoding: try captured(".stdin"), as: UTF8.self))
    }

    /// Runs a python export with a stand-in `llama_cloud` package that records the create call as JSON.
    static func runPythonExport(_ script: String, in directory: URL, environment: [String: String]) throws -> [String: Any]? {
        guard let python = find("python3") else {
            Issue.record("python3 is not on PATH; the Python export cannot be run to check its escaping")
            return nil
        }
        let package = directory.appendingPathComponent("fake/llama_cloud")
        let shared = package.appendingPathComponent("types/shared_params")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        try Data("""
        import json, os
        class _DataSources:
            def create(self, **kwargs):
                with open(os.environ["CAPTURE"], "w", encoding="utf-8") as capture:
                    json.dump({"client": _CLIENT, "call": kwargs}, capture)
                return type("DataSource", (), {"id": "ds-1"})()
        _CLIENT = {}
        class LlamaCloud:
            def __init__(self, **kwargs):
                _CLIENT.update(kwargs)
                self.data_sources = _DataSources()

        """.utf8).write(to: package.appendingPathComponent("__init__.py"))
        try Data().write(to: package.appendingPathComponent("types/__init__.py"))
        try Data("def CloudConfluenceDataSource(**kwargs):\n    return dict(kwargs)\n".utf8).write(to: shared.appendingPathComponent("__init__.py"))
        let scriptURL = directory.appendingPathComponent("export.py")
        try Data(script.utf8).write(to: scriptURL)
        let capture = directory.appendingPathComponent("python-call.json")
        var env = environment
        env["PYTHONPATH"] = directory.appendingPathComponent("fake").path
        env["CAPTURE"] = capture.path
        env["PYTHONIOENCODING"] = "utf-8"
        let outcome = try run(python, ["-X", "utf8", scriptURL.path], environment: env)
        #expect(outcome.status == 0, "the Python export failed: \(outcome.standardError)")
        return try JSONSerialization.jsonObject(with: Data(contentsOf: capture)) as? [String: Any]
    }
}
