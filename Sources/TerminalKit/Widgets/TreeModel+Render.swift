/// Drawing the visible rows of a `TreeModel`.
extension TreeModel {
    /// Draws the rows into `rect`: two columns of indent per level, a ▸/▾ marker (a spinner frame
    /// while loading), a mark on the nodes in `marked`, the optional icon, the title, and the child
    /// count right-aligned when known.
    public func render(into grid: inout Grid, in rect: Rect, focused: Bool, theme: Theme, spinnerFrame: Int, marked: Set<ID> = []) {
        grid.fill(rect)
        guard !rect.isEmpty else { return }
        let glyphs = theme.glyphs
        let offset = cursor.visibleOffset(count: rows.count, height: rect.height)
        for index in offset..<min(rows.count, offset + rect.height) {
            let row = rows[index]
            let line = rect.row(index - offset)
            let isSelected = index == selection
            let base = CellStyle(isSelected ? .selected : .normal, attributes: isSelected && !focused ? .dim : [])
            grid.fill(line, style: base)
            let indent = String(repeating: " ", count: row.depth * 2)
            var runs = [StyledRun(indent, style: base)]
            var trailer: String?
            switch row.kind {
            case .loadingRoots:
                runs.append(StyledRun(glyphs.spinnerFrame(spinnerFrame) + " loading" + glyphs.ellipsis, style: restyled(base, .dim)))
            case .failed(_, let message):
                runs.append(StyledRun(glyphs.failed + " " + message, style: restyled(base, .error)))
            case .node(let id):
                guard let node = nodes[id] else { continue }
                runs.append(StyledRun(marker(for: node, glyphs: glyphs, frame: spinnerFrame) + " ", style: restyled(base, .dim)))
                if marked.contains(id) { runs.append(StyledRun(glyphs.mark + " ", style: restyled(base, .accent))) }
                if let icon = node.icon, !icon.isEmpty { runs.append(StyledRun(icon + " ", style: base)) }
                runs.append(StyledRun(node.title, style: base))
                if let count = node.childCount, count > 0 { trailer = "\(count)" }
            }
            var textRoom = line.width
            if let trailer, line.width > displayWidth(trailer) + 4 {
                let trailerWidth = displayWidth(trailer)
                grid.drawText(trailer, in: Rect(x: line.maxX - trailerWidth, y: line.y, width: trailerWidth, height: 1),
                              style: restyled(base, .dim))
                textRoom = line.width - trailerWidth - 1
            }
            grid.drawRuns(TextLayout.truncate(runs, toWidth: textRoom, ellipsis: glyphs.ellipsis),
                          in: Rect(x: line.x, y: line.y, width: textRoom, height: 1))
        }
    }

    private func marker(for node: TreeNode<ID>, glyphs: Glyphs, frame: Int) -> String {
        if case .loading = node.children { return glyphs.spinnerFrame(frame) }
        if node.isLeaf { return " " }
        return node.isExpanded ? glyphs.expanded : glyphs.collapsed
    }

    /// `base` with its foreground role replaced, except on the selected row which keeps its role.
    private func restyled(_ base: CellStyle, _ role: StyleRole) -> CellStyle {
        base.foreground == .selected ? base : CellStyle(role, attributes: base.attributes)
    }
}
