import DataSources
import Foundation
import LocalStore
import Testing
import TestSupport

/// Export files are new files: a script ready to run, owner-only when it holds a secret, and never written over one.
struct ExportFileTests {
    /// The modes a new file of each kind gets before the umask cuts them (`.ci/run` checks a `077` umask end to end).
    @Test(arguments: [
        ("eng.json", false, 0o666), ("eng.sh", false, 0o777), ("eng.py", true, 0o600), ("eng.sh", true, 0o700),
    ])
    func theModeFollowsTheKindOfFileTheSecretAndTheUmask(_ name: String, _ holdsSecret: Bool, _ mode: Int) async throws {
        try await ScratchDirectory.with { directory in
            let url = directory.appendingPathComponent(name)
            try ExportFile.write("text", to: url, holdsSecret: holdsSecret)
            #expect(try String(contentsOf: url, encoding: .utf8) == "text")
            #expect(ScratchDirectory.mode(url) == mode & ~FileCreationMask.current)
        }
    }

    /// The mask read from /proc is the one the process has.
    @Test func theUmaskIsTheProcesss() {
        let mask = umask(0o022)
        umask(mask)
        #expect(FileCreationMask.current == Int(mask))
        #expect(FileCreationMask.applied(to: 0o666) == 0o666 & ~Int(mask))
    }

    @Test func anExistingFileIsNeitherReplacedNorLoosened() async throws {
        try await ScratchDirectory.with { directory in
            let url = directory.appendingPathComponent("create.py")
            try ExportFile.write("secret inside", to: url, holdsSecret: true)
            #expect {
                try ExportFile.write("no secret", to: url, holdsSecret: false)
            } throws: { error in
                (error as? ExportFileError)?.description == "\(url.path) exists and was not replaced; write to another name, or move it away first."
            }
            #expect(try String(contentsOf: url, encoding: .utf8) == "secret inside")
            #expect(ScratchDirectory.mode(url) == 0o600)
        }
    }
}
