import DataSources
import Foundation
import Testing

/// Keeps `Tests/Interop/samples` (checked by `Tests/Interop/llamacloud_check.py` against the real
/// `llama_cloud` SDK, `tsc` and a shell) equal to what the exporter writes today.
///
/// Set `DATASOURCES_RECORD_SAMPLES=1` to rewrite the samples after a deliberate change.
struct InteropSamplesTests {
    private static let samples: [(name: String, definition: DataSourceDefinition, options: ExportOptions)] = {
        var escaping = Fixtures.minimal
        escaping.name = "escaping"
        escaping.component.userName = Fixtures.nastyText
        escaping.component.className = "Class'\"`$(id)"
        escaping.component.select(.cql(Fixtures.nastyText))
        return [
            ("full", Fixtures.full, ExportOptions(projectID: "proj-1")),
            ("minimal", Fixtures.minimal, ExportOptions()),
            ("escaping", escaping, ExportOptions(includeSecrets: true, apiToken: "tok'\"$`\\x\n é", projectID: "p 1")),
        ]
    }()

    /// `Tests/Interop/samples` of the package holding this file.
    private func samplesDirectory() throws -> URL {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            let parent = directory.deletingLastPathComponent()
            try #require(parent.path != directory.path, "no Package.swift above \(#filePath)")
            directory = parent
        }
        return directory.appendingPathComponent("Tests/Interop/samples", isDirectory: true)
    }

    @Test func samplesMatchTheExporter() throws {
        let directory = try samplesDirectory()
        let record = ProcessInfo.processInfo.environment["DATASOURCES_RECORD_SAMPLES"] == "1"
        if record {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
        for sample in Self.samples {
            for format in ExportFormat.allCases {
                let text = try DefinitionExporter.export(sample.definition, as: format, options: sample.options)
                let url = directory.appendingPathComponent("\(sample.name).\(format.fileExtension)")
                if record {
                    try Data(text.utf8).write(to: url)
                    continue
                }
                let stored = try? String(contentsOf: url, encoding: .utf8)
                #expect(stored != nil, "the sample \(url.path) is missing; record the samples with DATASOURCES_RECORD_SAMPLES=1")
                #expect(stored == nil || stored == text, "\(url.lastPathComponent) is stale; record the samples with DATASOURCES_RECORD_SAMPLES=1")
            }
        }
    }
}
