import DataSources
import Foundation
import Testing
import TestSupport

/// Export files are new files: a script ready to run, owner-only when it holds a secret, and never written over one.
struct ExportFileTests {
    /// The modes a new file of each kind gets, cut by the umask given (tests elsewhere change the process's, so it is
    /// passed; `.ci/run` checks the process's own end to end).
    @Test(arguments: [
        ("eng.json", false, 0o022, 0o644), ("eng.sh", false, 0o022, 0o755), ("eng.json", false, 0o077, 0o600),
        ("eng.sh", false, 0o077, 0o700), ("eng.py", true, 0o022, 0o600), ("eng.sh", true, 0o002, 0o700),
    ])
    func theModeFollowsTheKindOfFileTheSecretAndTheUmask(_ name: String, _ holdsSecret: Bool, _ umask: Int, _ mode: Int) async throws {
        try await ScratchDirectory.with { directory in
            let url = directory.appendingPathComponent(name)
            try ExportFile.write("text", to: url, holdsSecret: holdsSecret, umask: umask)
            #expect(try String(contentsOf: url, encoding: .utf8) == "text")
            #expect(ScratchDirectory.mode(url) == mode)
        }
    }

    @Test func aMissingFolderIsNamed() async {
        await ScratchDirectory.with { directory in
            let folder = directory.appendingPathComponent("nonexistent")
            #expect {
                try ExportFile.write("text", to: folder.appendingPathComponent("eng.json"), holdsSecret: false)
            } throws: { error in
                (error as? ExportFileError)?.description == "there is no folder \(folder.path) to write the export in; create it, or write to another path."
            }
        }
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
