import ConfluenceKit
import Dispatch
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a secret command (argv, no shell) and returns the first line it prints.
///
/// Standard error is kept for the error sentence, with any copy of the secret removed; standard output
/// never appears in an error. The command is killed when it runs past its timeout.
struct SecretCommand: Sendable {
    /// The program and its arguments.
    let argv: [String]
    /// The environment handed to the program, and whose `PATH` finds it.
    let environment: [String: String]
    /// How long the command may run.
    let timeout: Duration

    /// What went wrong, as the end of "the secret command X of account A ..." .
    struct Failure: Error {
        let problem: String
    }

    /// The secret the command printed.
    func run() async throws(Failure) -> String {
        // Threads of their own, here and below: Dispatch's pool grows slowly when its threads block, so on a
        // loaded machine a watchdog queued there fires long after the timeout.
        let outcome = await withCheckedContinuation { (continuation: CheckedContinuation<Result<String, Failure>, Never>) in
            Thread {
                continuation.resume(returning: runBlocking())
            }.start()
        }
        return try outcome.get()
    }

    private func runBlocking() -> Result<String, Failure> {
        guard let program = argv.first, let executable = locate(program) else {
            // A path is looked at alone; a bare name is looked up in PATH.
            return .failure(Failure(problem: argv.first?.contains("/") == true ? "is not an executable file" : "was not found (looked in PATH)"))
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = Array(argv.dropFirst())
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return .failure(Failure(problem: "could not be started: \(error.localizedDescription)"))
        }
        let box = ProcessBox(process)
        let timedOut = Atomic<Bool>(false)
        let seconds = timeout.timeInterval
        let exited = DispatchSemaphore(value: 0)
        Thread {
            if exited.wait(timeout: .now() + seconds) == .timedOut, box.process.isRunning {
                timedOut.store(true, ordering: .sequentiallyConsistent)
                // SIGKILL, not terminate(): a child may inherit a blocked SIGTERM from the thread that spawned it.
                // The child leads its own process group (Foundation spawns it so); killing the group also stops
                // what it started (`sh -c "…"`), which would otherwise hold the pipes open and the reads with them.
                let pid = box.process.processIdentifier
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
            }
        }.start()
        let errorText = Mutex(Data())
        let errorsDone = DispatchSemaphore(value: 0)
        let errorHandle = errors.fileHandleForReading
        Thread {
            let data = errorHandle.readDataToEndOfFile()
            errorText.withLock { $0 = data }
            errorsDone.signal()
        }.start()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        exited.signal()
        errorsDone.wait()
        let secret = Self.firstLine(of: stdout)
        let stderr = Self.summary(of: errorText.withLock { $0 }, hiding: secret)
        if timedOut.load(ordering: .sequentiallyConsistent) {
            return .failure(Failure(problem: "did not finish within \(timeout.spokenSeconds) seconds and was stopped"))
        }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let how = process.terminationReason == .exit ? "exited with status \(process.terminationStatus)" : "was killed by signal \(process.terminationStatus)"
            return .failure(Failure(problem: how + (stderr.map { ": \($0)" } ?? "")))
        }
        guard !secret.isEmpty else {
            return .failure(Failure(problem: "printed nothing" + (stderr.map { " (it said: \($0))" } ?? "")))
        }
        return .success(secret)
    }

    /// The executable for `program`: a path when it has a slash, else the first match in `PATH`.
    private func locate(_ program: String) -> URL? {
        let manager = FileManager.default
        if program.contains("/") {
            return manager.isExecutableFile(atPath: program) ? URL(fileURLWithPath: program) : nil
        }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = String(directory) + "/" + program
            if manager.isExecutableFile(atPath: candidate) { return URL(fileURLWithPath: candidate) }
        }
        return nil
    }

    /// The first line of the output (tools such as `pass` print metadata on later lines).
    static func firstLine(of data: Data) -> String {
        let text = String(decoding: data, as: UTF8.self)
        let line = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return line.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
    }

    /// The first 200 characters of standard error on one line, with any copy of the secret removed.
    static func summary(of data: Data, hiding secret: String) -> String? {
        // Only the start can show; the rest is not searched.
        let data = data.prefix(8192)
        // What failed to come out whole may still be echoed in part: any eight characters of it are hidden.
        let line = Redactor(hiding: [secret], fragmentLength: 8).summary(String(decoding: data, as: UTF8.self), limit: 200)
        return line.isEmpty ? nil : line
    }
}

/// Hands a `Process` to the watchdog closure; `Process` is thread-safe for `isRunning` and `terminate`.
private final class ProcessBox: @unchecked Sendable {
    let process: Process
    init(_ process: Process) { self.process = process }
}
