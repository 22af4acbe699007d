import Glibc
import Testing
import TerminalKit

/// Shared helpers for the TerminalKit tests.
enum TestSupport {
    /// Controls that must never reach the grid: C0 (including ESC), DEL, C1 and bidi overrides.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// True when any cell of `grid` holds a forbidden scalar.
    static func gridHasForbiddenScalar(_ grid: Grid) -> Bool {
        grid.cells.contains { cell in cell.grapheme.unicodeScalars.contains(where: isForbidden) }
    }

    /// Creates an empty temporary file and returns its path (the caller unlinks it).
    static func temporaryFile() throws -> String {
        var template = Array("/tmp/terminalkit-test-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        try #require(descriptor >= 0, "could not create a temporary file")
        Glibc.close(descriptor)
        return string(template)
    }

    /// The bytes of the file at `path` (empty when unreadable).
    static func contents(of path: String) -> [UInt8] {
        guard let file = fopen(path, "r") else { return [] }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count <= 0 { break }
            bytes += chunk[0..<count]
        }
        return bytes
    }

    /// A NUL-terminated C buffer as a String.
    static func string(_ characters: [CChar]) -> String {
        String(decoding: characters.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The last position of `needle` in `bytes`.
    static func lastIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        starts(of: needle, in: bytes).last
    }

    /// How many times `needle` occurs in `bytes`.
    static func count(of needle: [UInt8], in bytes: [UInt8]) -> Int {
        starts(of: needle, in: bytes).count
    }

    /// Where each occurrence of `needle` starts in `bytes`.
    private static func starts(of needle: [UInt8], in bytes: [UInt8]) -> [Int] {
        guard !needle.isEmpty, bytes.count >= needle.count else { return [] }
        return (0...(bytes.count - needle.count)).filter { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
