public import Foundation
public import TerminalKit

extension BrowserApp {
    /// Opens the real terminal (ncurses), runs the browser on `backend` with the bindings from
    /// `keys.json` in the configuration directory, and restores the terminal when the user quits.
    /// A bad `keys.json` does not stop the app: the defaults are used and the error is shown.
    /// - Parameters:
    ///   - ascii: draw borders and page bodies with ASCII only (`--ascii`).
    ///   - mouse: ask the terminal for mouse reports.
    ///   - options: everything else; its key map and key-map error are replaced by what `keys.json` says.
    @discardableResult
    public static func runInTerminal(backend: any BrowserBackend, ascii: Bool = false, mouse: Bool = true,
                                     options: BrowserOptions = BrowserOptions(),
                                     environment: [String: String] = ProcessInfo.processInfo.environment)
        async throws(TerminalError) -> AppState {
        var chosen = options
        (chosen.keyMap, chosen.keyMapError) = KeyMap.load(environment: environment)
        let screen = try NCursesScreen(configuration: NCursesScreen.Configuration(mouse: mouse), ascii: ascii)
        defer { screen.close() }
        return await run(screen: screen, backend: backend, options: chosen)
    }
}
