import Foundation
import LocalStore
import Testing
import TestSupport

struct AtomicFileTests {
    private struct ProducerFailed: Error {}

    @Test func writesTheBytesAndLeavesNoTemporaryFile() async throws {
        try await ScratchDirectory.with { directory in
            let target = directory.appendingPathComponent("file.json")
            try AtomicFile.write(Data("first".utf8), to: target)
            try AtomicFile.write(Data("second".utf8), to: target)
            #expect(try String(contentsOf: target, encoding: .utf8) == "second")
            #expect(ScratchDirectory.entries(directory) == ["file.json"])
        }
    }

    /// A write that must not replace leaves whatever holds the name (a file, a dangling link) and fails with EEXIST.
    @Test func aWriteThatMustNotReplaceLeavesWhatIsThere() async throws {
        try await ScratchDirectory.with { directory in
            let target = directory.appendingPathComponent("export.sh")
            try AtomicFile.write(Data("new".utf8), to: target, replacing: false)
            #expect(try String(contentsOf: target, encoding: .utf8) == "new")
            let again = #expect(throws: FileSystemError.self) { try AtomicFile.write(Data("other".utf8), to: target, replacing: false) }
            #expect(again?.code == EEXIST)
            #expect(try String(contentsOf: target, encoding: .utf8) == "new")
            let link = directory.appendingPathComponent("link.sh")
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: directory.appendingPathComponent("nowhere").path)
            #expect(throws: FileSystemError.self) { try AtomicFile.write(Data("x".utf8), to: link, replacing: false) }
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path).hasSuffix("nowhere"))
            #expect(ScratchDirectory.entries(directory) == ["export.sh", "link.sh"], "no temporary file is left")
        }
    }

    /// A file kept elsewhere and linked into place (dotfiles) is replaced where it is, through a chain of links, a
    /// relative one too: the links stay, with no second copy beside them; a link leading nowhere gets its file.
    @Test func aWriteThroughLinksReplacesTheFileTheyLeadTo() async throws {
        try await ScratchDirectory.with { directory in
            let manager = FileManager.default
            let dotfiles = directory.appendingPathComponent("dotfiles")
            let home = directory.appendingPathComponent("home")
            try manager.createDirectory(at: dotfiles, withIntermediateDirectories: false)
            try manager.createDirectory(at: home, withIntermediateDirectories: false)
            let real = dotfiles.appendingPathComponent("credentials.json")
            try Data("old".utf8).write(to: real)
            try manager.createSymbolicLink(atPath: dotfiles.appendingPathComponent("current.json").path, withDestinationPath: "credentials.json")
            let link = home.appendingPathComponent("credentials.json")
            try manager.createSymbolicLink(atPath: link.path, withDestinationPath: dotfiles.appendingPathComponent("current.json").path)
            try AtomicFile.write(Data("new".utf8), to: link, mode: 0o600)
            #expect(try String(contentsOf: real, encoding: .utf8) == "new")
            #expect(ScratchDirectory.mode(real) == 0o600)
            #expect(try manager.destinationOfSymbolicLink(atPath: link.path) == dotfiles.appendingPathComponent("current.json").path)
            #expect(ScratchDirectory.entries(home) == ["credentials.json"])
            #expect(ScratchDirectory.entries(dotfiles) == ["credentials.json", "current.json"], "no temporary file is left")
            let dangling = home.appendingPathComponent("accounts.json")
            try manager.createSymbolicLink(atPath: dangling.path, withDestinationPath: dotfiles.appendingPathComponent("accounts.json").path)
            try AtomicFile.write(Data("{}".utf8), to: dangling)
            #expect(try String(contentsOf: dotfiles.appendingPathComponent("accounts.json"), encoding: .utf8) == "{}")
            let loop = home.appendingPathComponent("loop.json")
            try manager.createSymbolicLink(atPath: loop.path, withDestinationPath: "loop.json")
            let looped = #expect(throws: FileSystemError.self) { try AtomicFile.write(Data("x".utf8), to: loop) }
            #expect(looped?.code == ELOOP)
        }
    }

    /// A temporary file left by a writer that died before its rename is removed by the next write; a fresh one,
    /// a writer at work, is left alone.
    @Test func leftoversOfADeadWriterAreRemovedAndAFreshOneKept() async throws {
        try await ScratchDirectory.with { directory in
            let target = directory.appendingPathComponent("credentials.json")
            let stale = directory.appendingPathComponent(".credentials.json.tmp-dead")
            let fresh = directory.appendingPathComponent(".credentials.json.tmp-busy")
            try Data("secret".utf8).write(to: stale)
            try Data("secret".utf8).write(to: fresh)
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: stale.path)
            try AtomicFile.write(Data("{}".utf8), to: target, mode: 0o600)
            #expect(ScratchDirectory.entries(directory) == [".credentials.json.tmp-busy", "credentials.json"])
        }
    }

    @Test(arguments: [0o600, 0o640, 0o644])
    func honoursTheModeWhateverTheUmask(mode: Int) async throws {
        try await ScratchDirectory.with { directory in
            let target = directory.appendingPathComponent("secret.json")
            let previous = umask(0o077)
            defer { umask(previous) }
            try AtomicFile.write(Data("x".utf8), to: target, mode: mode)
            #expect(ScratchDirectory.mode(target) == mode)
        }
    }

    @Test func replacingAFileGivesItTheNewMode() async throws {
        try await ScratchDirectory.with { directory in
            let target = directory.appendingPathComponent("credentials.json")
            try AtomicFile.write(Data("old".utf8), to: target, mode: 0o644)
            try AtomicFile.write(Data("new".utf8), to: target, mode: 0o600)
            #expect(ScratchDirectory.mode(target) == 0o600)
        }
    }

    @Test func failedProducerLeavesTheOriginalIntactAndNoTemporaryFile() async throws {
        try await ScratchDirectory.with { directory in
            let target = directory.appendingPathComponent("file.json")
            try AtomicFile.write(Data("original".utf8), to: target, mode: 0o600)
            #expect(throws: ProducerFailed.self) {
                try AtomicFile.write(to: target, mode: 0o644) { sink in
                    try sink.write(Data("half of the new cont".utf8))
                    throw ProducerFailed()
                }
            }
            #expect(try String(contentsOf: target, encoding: .utf8) == "original")
            #expect(ScratchDirectory.mode(target) == 0o600)
            #expect(ScratchDirectory.entries(directory) == ["file.json"])
        }
    }

    @Test func failedRenameLeavesTheTargetAndNoTemporaryFile() async throws {
        try await ScratchDirectory.with { directory in
            let target = directory.appendingPathComponent("occupied")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
            try Data("keep".utf8).write(to: target.appendingPathComponent("inside"))
            #expect {
                try AtomicFile.write(Data("new".utf8), to: target)
            } throws: { error in
                guard let error = error as? FileSystemError else { return false }
                return error.code == EISDIR && error.description.hasPrefix("could not replace \(target.path): ")
            }
            #expect(ScratchDirectory.entries(directory) == ["occupied"])
            #expect(ScratchDirectory.entries(target) == ["inside"])
        }
    }

    @Test func missingDirectoryIsASentenceWithThePath() async {
        await ScratchDirectory.with { directory in
            let target = directory.appendingPathComponent("missing/file.json")
            #expect {
                try AtomicFile.write(Data("x".utf8), to: target)
            } throws: { error in
                (error as? FileSystemError)?.description == "could not create a temporary file in \(directory.path)/missing: No such file or directory"
            }
        }
    }

    @Test func streamingWritesEveryChunkInOrder() async throws {
        try await ScratchDirectory.with { directory in
            let target = directory.appendingPathComponent("big.txt")
            let chunk = Data(repeating: UInt8(ascii: "a"), count: 100_000)
            try AtomicFile.write(to: target) { sink in
                for _ in 0..<10 { try sink.write(chunk) }
                try sink.write(Data("end".utf8))
            }
            let written = try Data(contentsOf: target)
            #expect(written.count == 1_000_003)
            #expect(written.suffix(3) == Data("end".utf8))
        }
    }
}
