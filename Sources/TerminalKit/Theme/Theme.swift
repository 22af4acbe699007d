/// Maps style roles to colours and attributes for one colour depth, and picks border and glyph sets.
public struct Theme: Hashable, Sendable {
    /// The colour depth in use.
    public var depth: ColorDepth
    /// The border style boxes are drawn with.
    public var border: BorderStyle

    /// Creates a theme.
    public init(depth: ColorDepth = .ansi256, border: BorderStyle = .light) {
        self.depth = depth
        self.border = border
    }

    /// The theme for a terminal with `colorCount` colours, the `NO_COLOR` value and the `--ascii` flag.
    public static func detect(colorCount: Int, noColorValue: String?, ascii: Bool) -> Theme {
        Theme(depth: .detect(colorCount: colorCount, noColor: ColorDepth.noColorRequested(noColorValue)),
              border: ascii ? .ascii : .light)
    }

    /// Symbols matching the border style (ASCII borders mean ASCII symbols everywhere).
    public var glyphs: Glyphs { border == .ascii ? .ascii : .unicode }

    /// The appearance of one role at this depth.
    public func appearance(of role: StyleRole) -> RoleAppearance {
        switch depth {
        case .monochrome: Self.monochrome(role)
        case .ansi8: Self.eightColor(role)
        case .ansi256: Self.extendedColor(role)
        }
    }

    /// What a cell style resolves to: the foreground role's colour and attributes, the background
    /// role's background and attributes, plus the style's own attributes.
    public func resolve(_ style: CellStyle) -> RoleAppearance {
        var result = appearance(of: style.foreground)
        if let backgroundRole = style.background {
            let back = appearance(of: backgroundRole)
            result.background = back.background
            result.attributes.formUnion(back.attributes)
        }
        result.attributes.formUnion(style.attributes)
        return result
    }

    private static func monochrome(_ role: StyleRole) -> RoleAppearance {
        switch role {
        case .normal, .border, .success, .code: RoleAppearance()
        case .selected: RoleAppearance(attributes: .reverse)
        case .focusedBorder, .title, .error, .warning, .heading: RoleAppearance(attributes: .bold)
        case .dim, .quote: RoleAppearance(attributes: .dim)
        case .link: RoleAppearance(attributes: .underline)
        case .accent: RoleAppearance(attributes: [.reverse, .underline])
        }
    }

    private static func eightColor(_ role: StyleRole) -> RoleAppearance {
        switch role {
        case .normal: RoleAppearance()
        case .selected: RoleAppearance(foreground: .indexed(0), background: .indexed(6))
        case .focusedBorder: RoleAppearance(foreground: .indexed(6), attributes: .bold)
        case .border: RoleAppearance(foreground: .indexed(7))
        case .dim: RoleAppearance(attributes: .dim)
        case .title: RoleAppearance(foreground: .indexed(3), attributes: .bold)
        case .error: RoleAppearance(foreground: .indexed(1), attributes: .bold)
        case .warning: RoleAppearance(foreground: .indexed(3))
        case .success: RoleAppearance(foreground: .indexed(2))
        case .code: RoleAppearance(foreground: .indexed(6))
        case .link: RoleAppearance(foreground: .indexed(4), attributes: .underline)
        case .heading: RoleAppearance(foreground: .indexed(5), attributes: .bold)
        case .quote: RoleAppearance(foreground: .indexed(2), attributes: .dim)
        case .accent: RoleAppearance(foreground: .indexed(0), background: .indexed(3))
        }
    }

    private static func extendedColor(_ role: StyleRole) -> RoleAppearance {
        switch role {
        case .normal: RoleAppearance()
        case .selected: RoleAppearance(foreground: .indexed(231), background: .indexed(24))
        case .focusedBorder: RoleAppearance(foreground: .indexed(39), attributes: .bold)
        case .border: RoleAppearance(foreground: .indexed(240))
        case .dim: RoleAppearance(foreground: .indexed(245))
        case .title: RoleAppearance(foreground: .indexed(222), attributes: .bold)
        case .error: RoleAppearance(foreground: .indexed(203), attributes: .bold)
        case .warning: RoleAppearance(foreground: .indexed(214))
        case .success: RoleAppearance(foreground: .indexed(114))
        case .code: RoleAppearance(foreground: .indexed(180), background: .indexed(236))
        case .link: RoleAppearance(foreground: .indexed(75), attributes: .underline)
        case .heading: RoleAppearance(foreground: .indexed(141), attributes: .bold)
        case .quote: RoleAppearance(foreground: .indexed(108))
        case .accent: RoleAppearance(foreground: .indexed(16), background: .indexed(220))
        }
    }
}
