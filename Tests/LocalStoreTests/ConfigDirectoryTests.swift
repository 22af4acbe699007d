import Foundation
import LocalStore
import Testing
import TestSupport

struct ConfigDirectoryTests {
    @Test func explicitHomeWins() {
        let directory = ConfigDirectory.resolve(
            environment: ["CONFLUENCE_TUI_HOME": "/srv/ctui", "XDG_CONFIG_HOME": "/xdg", "HOME": "/home/u"]
        )
        #expect(directory.url.path == "/srv/ctui")
    }

    @Test func xdgConfigHomeIsNext() {
        let directory = ConfigDirectory.resolve(environment: ["CONFLUENCE_TUI_HOME": "", "XDG_CONFIG_HOME": "/xdg", "HOME": "/home/u"])
        #expect(directory.url.path == "/xdg/confluence-tui")
    }

    @Test func homeDotConfigIsTheDefault() {
        #expect(ConfigDirectory.resolve(environment: ["HOME": "/home/u"]).url.path == "/home/u/.config/confluence-tui")
        #expect(ConfigDirectory.resolve(environment: ["XDG_CONFIG_HOME": "relative/dir", "HOME": "/home/u"]).url.path == "/home/u/.config/confluence-tui")
        #expect(ConfigDirectory.resolve(environment: [:], home: "/h").url.path == "/h/.config/confluence-tui")
    }

    @Test func privateDirectoriesAreCreatedWithMode0700() async throws {
        try await ScratchDirectory.with { directory in
            let nested = directory.appendingPathComponent("a/b/sources")
            try ConfigDirectory.createPrivateDirectory(nested)
            try ConfigDirectory.createPrivateDirectory(nested)
            #expect(ScratchDirectory.mode(nested) == 0o700)
            #expect(ScratchDirectory.mode(directory.appendingPathComponent("a")) == 0o700)
        }
    }
}
