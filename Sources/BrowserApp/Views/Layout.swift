public import TerminalKit

/// Where every pane, the breadcrumb and the status line go for one terminal size and focus.
/// Pure arithmetic on clamped rectangles, so any size (even 1x1) gives a valid layout.
public struct Layout: Hashable, Sendable {
    /// The mode chosen for the width.
    public let mode: LayoutMode
    /// The box of every pane: where it is drawn when visible, and the size it would have otherwise.
    public let frames: [Pane: Rect]
    /// The panes drawn, in drawing order.
    public let visible: [Pane]
    /// The breadcrumb row (single-pane mode only).
    public let breadcrumb: Rect?
    /// The status row.
    public let status: Rect

    /// Lays out a `width` x `height` screen with `focus` focused; `accountCount` sizes the accounts box. A `zoomed`
    /// screen shows the focused pane alone, as a narrow one does.
    public init(width: Int, height: Int, focus: Pane, accountCount: Int, zoomed: Bool = false) {
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        let (body, statusRow) = screen.splitRows(at: height - 1)
        status = statusRow
        mode = zoomed ? .single : LayoutMode.forWidth(width)
        switch mode {
        case .wide:
            let (left, rest) = body.splitColumns(at: max(20, width * 22 / 100))
            let (tree, preview) = rest.splitColumns(at: width * 30 / 100)
            let accountsHeight = min(max(3, accountCount + 2), body.height / 3)
            let (accounts, spaces) = left.splitRows(at: accountsHeight)
            frames = [.accounts: accounts, .spaces: spaces, .tree: tree, .preview: preview]
            visible = [.accounts, .spaces, .tree, .preview]
            breadcrumb = nil
        case .medium:
            let (left, preview) = body.splitColumns(at: width * 40 / 100)
            let (top, tree) = left.splitRows(at: max(3, body.height / 3))
            frames = [.accounts: top, .spaces: top, .tree: tree, .preview: preview]
            visible = [focus == .accounts ? .accounts : .spaces, .tree, .preview]
            breadcrumb = nil
        case .single:
            let (crumb, pane) = body.splitRows(at: 1)
            frames = [.accounts: pane, .spaces: pane, .tree: pane, .preview: pane]
            visible = [focus]
            breadcrumb = crumb
        }
    }

    /// The box of `pane`.
    public func frame(_ pane: Pane) -> Rect { frames[pane] ?? .zero }

    /// The inside of `pane`'s box; a box too small for a border is all content.
    public func content(_ pane: Pane) -> Rect {
        Layout.inside(frame(pane))
    }

    /// Whether a box is big enough to draw a border around content.
    static func hasBorder(_ box: Rect) -> Bool { box.width >= 3 && box.height >= 3 }

    /// The inside of a bordered box; a box too small for a border is all content.
    static func inside(_ box: Rect) -> Rect { hasBorder(box) ? box.inset(by: 1) : box }

    /// An overlay's box centred in `screen`: `width` x `height` at least (the whole screen when smaller), and nine
    /// tenths of a larger screen, so long text gets the room a big terminal has.
    static func overlayBox(in screen: Rect, width: Int, height: Int) -> Rect {
        screen.centered(width: min(screen.width, max(width, screen.width * 9 / 10)),
                        height: min(screen.height, max(height, screen.height * 9 / 10)))
    }
}
