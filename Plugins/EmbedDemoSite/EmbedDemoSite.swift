import Foundation
import PackagePlugin

/// Embeds `Assets/demo-site` in the target it is applied to, as `EmbeddedDemoSite.files`, rebuilt when a file changes.
@main
struct EmbedDemoSite: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let site = context.package.directoryURL.appending(path: "Assets/demo-site")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDemoSite.swift")
        var inputs: [URL] = []
        if let files = FileManager.default.enumerator(at: site, includingPropertiesForKeys: nil) {
            while let url = files.nextObject() as? URL {
                if !url.hasDirectoryPath { inputs.append(url) }
            }
        }
        return [.buildCommand(
            displayName: "Embedding the demo site",
            executable: try context.tool(named: "demo-site-embedder").url,
            arguments: [site.path, output.path],
            inputFiles: inputs,
            outputFiles: [output]
        )]
    }
}
