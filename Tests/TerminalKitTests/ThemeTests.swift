import Testing
import TerminalKit

struct ThemeTests {
    @Test func depthFollowsColourCountAndNoColor() {
        #expect(ColorDepth.detect(colorCount: 256, noColor: false) == .ansi256)
        #expect(ColorDepth.detect(colorCount: 16, noColor: false) == .ansi8)
        #expect(ColorDepth.detect(colorCount: 8, noColor: false) == .ansi8)
        #expect(ColorDepth.detect(colorCount: 0, noColor: false) == .monochrome)
        #expect(ColorDepth.detect(colorCount: 256, noColor: true) == .monochrome)
        #expect(ColorDepth.noColorRequested("1"))
        #expect(!ColorDepth.noColorRequested(""))
        #expect(!ColorDepth.noColorRequested(nil))
        #expect(Theme.detect(colorCount: 256, noColorValue: "", ascii: false).depth == .ansi256)
        #expect(Theme.detect(colorCount: 256, noColorValue: "yes", ascii: true) == Theme(depth: .monochrome, border: .ascii))
    }

    @Test func monochromeUsesNoColourButKeepsBoldAndReverse() {
        let theme = Theme(depth: .monochrome)
        for role in StyleRole.allCases {
            let look = theme.appearance(of: role)
            #expect(look.foreground == .terminalDefault && look.background == .terminalDefault, "\(role) has a colour")
        }
        #expect(theme.appearance(of: .selected).attributes.contains(.reverse))
        #expect(theme.appearance(of: .title).attributes.contains(.bold))
        #expect(theme.appearance(of: .error).attributes.contains(.bold))
        #expect(theme.resolve(CellStyle(.normal, attributes: .bold)).attributes == .bold)
        #expect(theme.resolve(CellStyle(.accent, background: .selected)).attributes.contains(.reverse))
    }

    @Test func palettesStayInRange() {
        for role in StyleRole.allCases {
            for color in [Theme(depth: .ansi8).appearance(of: role).foreground, Theme(depth: .ansi8).appearance(of: role).background] {
                if case .indexed(let index) = color { #expect(index < 8, "\(role) uses colour \(index) in the 8-colour theme") }
            }
        }
        #expect(Theme(depth: .ansi256).appearance(of: .selected).background == .indexed(24))
        #expect(Theme(depth: .ansi8).appearance(of: .selected).background == .indexed(6))
    }

    @Test func resolveTakesBackgroundFromBackgroundRole() {
        let theme = Theme(depth: .ansi256)
        let look = theme.resolve(CellStyle(.dim, background: .selected, attributes: .underline))
        #expect(look.foreground == theme.appearance(of: .dim).foreground)
        #expect(look.background == theme.appearance(of: .selected).background)
        #expect(look.attributes == .underline)
    }

    @Test func asciiThemeUsesAsciiGlyphsOnly() {
        let theme = Theme(border: .ascii)
        let glyphs = theme.glyphs
        let all = [glyphs.expanded, glyphs.collapsed, glyphs.failed, glyphs.ellipsis] + glyphs.spinner
        #expect(all.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
        #expect(glyphs.spinnerFrame(-1) == "\\")
        #expect(Theme().glyphs.spinnerFrame(11) == "⠙")
        var grid = Grid(width: 12, height: 3)
        grid.drawBox(grid.bounds, border: theme.border, title: "日本語のタイトル")
        #expect(grid.text.unicodeScalars.allSatisfy { $0.isASCII || $0.value >= 0x3000 })
    }
}
