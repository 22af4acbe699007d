import Foundation
import Testing
@testable import StorageFormat

/// Inputs that once crashed, hung or blew up (found by the fuzzer or by hand) stay fixed.
/// Each file in `Regressions/` is parsed and rendered every way within a time bound.
struct RegressionTests {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions")
    }

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func regressionInputsExist() {
        #expect(Self.names.count >= 4, "Tests/StorageFormatTests/Regressions should hold the regression inputs")
    }

    @Test(arguments: names)
    func rendersWithinBounds(_ name: String) throws {
        let data = try #require(FileManager.default.contents(atPath: Self.folder.appendingPathComponent(name).path))
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let document = StorageDocument.parse(Array(data))
            _ = document.terminalLines(width: 72).map(\.text)
            _ = document.terminalLines(width: 9, options: RenderOptions(asciiBorders: true))
            _ = document.plainText()
            _ = document.markdown()
        }
        #expect(elapsed < .seconds(10), "\(name) took \(elapsed)")
    }
}
