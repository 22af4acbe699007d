import Foundation
import LocalStore
import Testing
import TestSupport

/// Bounded reads: a file past its limit (a device that never ends) is refused with a sentence, not read into memory.
struct ReadingFileTests {
    @Test func aFileLongerThanItsLimitIsRefusedNamingIt() async throws {
        try await ScratchDirectory.with { directory in
            let file = directory.appendingPathComponent("accounts.json")
            try Data(repeating: 0x61, count: 3000).write(to: file)
            #expect(try Data(readingFileAt: file.path, limit: 3000).count == 3000)
            let error = #expect(throws: FileSystemError.self) { try Data(readingFileAt: file.path, limit: 2048) }
            #expect(error?.description == "did not read \(file.path): it is longer than 2 KiB, more than it can hold")
        }
        let endless = #expect(throws: FileSystemError.self) { try Data(readingFileAt: "/dev/zero", limit: 1 << 20) }
        #expect(endless?.cause == "it is longer than 1 MiB")
    }

    @Test func theFirstLineIsReadAloneAndBounded() async throws {
        try await ScratchDirectory.with { directory in
            let file = directory.appendingPathComponent("token")
            try Data(("secret\n" + String(repeating: "x", count: 200_000)).utf8).write(to: file)
            #expect(try Data(readingFirstLineOf: file.path, limit: 64) == Data("secret".utf8), "what follows the line is not read")
            try Data(String(repeating: "x", count: 100).utf8).write(to: file)
            #expect(try Data(readingFirstLineOf: file.path, limit: 100).count == 100, "a file without a line feed is its line")
            #expect(throws: FileSystemError.self) { try Data(readingFirstLineOf: file.path, limit: 99) }
        }
        let error = #expect(throws: FileSystemError.self) { try Data(readingFirstLineOf: "/dev/zero", limit: 64 << 10) }
        #expect(error?.cause == "its first line is longer than 64 KiB")
    }

    /// A stored file that is a FIFO is refused at once, not waited on for a writer that never comes; a regular one reads.
    @Test func aStoredFileThatIsAFIFOIsRefusedWithoutWaiting() async throws {
        try await ScratchDirectory.with { directory in
            let fifo = directory.appendingPathComponent("stray.json")
            #expect(mkfifo(fifo.path, 0o600) == 0)
            let error = #expect(throws: FileSystemError.self) { try Data(readingStoredFileAt: fifo.path, limit: 1 << 20) }
            #expect(error?.description == "did not read \(fifo.path): it is not a regular file")
            let file = directory.appendingPathComponent("kept.json")
            try Data("{}".utf8).write(to: file)
            #expect(try Data(readingStoredFileAt: file.path, limit: 1 << 20) == Data("{}".utf8))
        }
        #expect(throws: FileSystemError.self) { try Data(readingStoredFileAt: "/dev/zero", limit: 1 << 20) }
    }
}
