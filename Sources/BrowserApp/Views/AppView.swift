public import TerminalKit

/// The whole screen as a pure function of the state.
public enum AppView {
    /// Draws `state` into `grid` (which should have the state's size; any size is safe).
    public static func render(_ state: AppState, into grid: inout Grid, theme: Theme) {
        grid.fill(grid.bounds)
        let layout = state.layout
        if let crumb = layout.breadcrumb {
            BreadcrumbView.render(state, into: &grid, in: crumb, theme: theme)
        }
        for pane in layout.visible {
            renderPane(pane, state: state, layout: layout, into: &grid, theme: theme)
        }
        StatusView.render(state, into: &grid, in: layout.status, theme: theme)
        renderOverlay(state, into: &grid, screen: grid.bounds.splitRows(at: grid.height - 1).top, theme: theme)
    }

    /// A new grid of `state`'s size with the screen drawn into it.
    public static func grid(for state: AppState, theme: Theme) -> Grid {
        var grid = Grid(width: state.width, height: state.height, ascii: theme.border == .ascii)
        render(state, into: &grid, theme: theme)
        return grid
    }

    private static func renderPane(_ pane: Pane, state: AppState, layout: Layout, into grid: inout Grid, theme: Theme) {
        let box = layout.frame(pane)
        let focused = state.focus == pane
        if Layout.hasBorder(box) {
            var title = PaneTitle.text(pane, state: state, theme: theme)
            if layout.mode == .single, let index = Pane.allCases.firstIndex(of: pane) {
                title = "\(index + 1)/\(Pane.allCases.count) " + title
            }
            grid.drawBox(box, border: theme.border, style: CellStyle(focused ? .focusedBorder : .border), title: title,
                         titleStyle: CellStyle(focused ? .title : .dim, attributes: focused ? .bold : []),
                         footer: PaneTitle.position(pane, state: state, rows: layout.content(pane).height))
        }
        let content = layout.content(pane)
        switch pane {
        case .accounts:
            state.accounts.list.render(into: &grid, in: content, focused: focused, theme: theme)
        case .spaces:
            SpacesView.render(state, into: &grid, in: content, focused: focused, theme: theme)
        case .tree:
            TreeView.render(state, into: &grid, in: content, focused: focused, theme: theme)
        case .preview:
            PreviewView.render(state, into: &grid, in: content, theme: theme)
        }
    }

    private static func renderOverlay(_ state: AppState, into grid: inout Grid, screen: Rect, theme: Theme) {
        if let draft = state.builder { FilterBuilderView.render(state, draft, into: &grid, in: screen, theme: theme) }
        if let view = state.definitions { DefinitionsView.render(state, view, into: &grid, in: screen, theme: theme) }
        if let view = state.ingestion { IngestionView.render(state, view, into: &grid, in: screen, theme: theme) }
        if let form = state.accounts.form {
            AccountFormView.render(form, helpKey: state.keyMap.firstKeyLabel(for: .help, typingText: true), into: &grid, in: screen, theme: theme)
        }
        if let confirm = state.accounts.confirmRemove { confirm.dialog.render(into: &grid, in: screen, theme: theme) }
        if let login = state.accounts.login { login.dialog.render(into: &grid, in: screen, theme: theme) }
        switch state.overlay {
        case nil:
            return
        case .help(let offset):
            HelpView.render(state, offset: offset, into: &grid, in: screen, theme: theme)
        case .errorDetail:
            var body = [state.status.lastError?.detail ?? ""]
            if state.status.errorSuperseded, let kind = state.status.lastError?.load { body += ["", kind.laterSuccess] }
            Dialog(title: "Last error", body: body, buttons: ["Close"]).render(into: &grid, in: screen, theme: theme)
        case .notice(let notice):
            Dialog(title: "Message", body: [notice], buttons: ["Close"]).render(into: &grid, in: screen, theme: theme)
        case .message(let title, let body):
            Dialog(title: title, body: [body], buttons: ["Close"]).render(into: &grid, in: screen, theme: theme)
        }
    }
}
