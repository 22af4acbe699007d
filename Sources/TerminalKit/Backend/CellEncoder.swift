import CNCursesW

/// Turns a grid cell into the wide-character writes ncurses can represent faithfully.
///
/// Widths are `wcwidth`'s under a UTF-8 locale (`ScalarWidth.terminalWidth`), as ncurses measures them under the
/// screen's.
///
/// ncurses measures a cell by its first scalar and holds at most `CCHARW_MAX` scalars per cell,
/// so clusters it would measure differently from the grid are simplified: a regional-indicator
/// pair becomes two one-column writes, a cluster of several spacing scalars (an Indic conjunct)
/// one write per spacing scalar and the marks after it, and another wide cluster whose base ncurses
/// thinks narrow (an emoji sequence) is written as its base plus a space. Either way the terminal's
/// cursor stays where the grid expects.
enum CellEncoder {
    /// One `setcchar` write: a column offset from the cell and a NUL-terminated wide string.
    struct Write: Equatable {
        let offset: Int
        let characters: [wchar_t]
    }

    static let space: [wchar_t] = [0x20, 0]

    /// The writes for `cell` (none for a continuation cell).
    static func writes(for cell: Cell) -> [Write] {
        if cell.isContinuation { return [] }
        let scalars = Array(cell.grapheme.unicodeScalars)
        guard let base = scalars.first else { return [Write(offset: 0, characters: space)] }
        if scalars.count == 1 && base.isASCII {
            return [Write(offset: 0, characters: [wchar_t(base.value), 0])]
        }
        let baseWidth = ScalarWidth.terminalWidth(base)
        if baseWidth < 0 {
            return padded([wchar_t(0x3F), 0], to: Int(cell.width))
        }
        let limit = Int(cnc_cchar_max()) - 1
        if cell.width == 2 && baseWidth != 2 {
            if scalars.count >= 2, ScalarWidth.isRegionalIndicator(base), ScalarWidth.isRegionalIndicator(scalars[1]) {
                return [Write(offset: 0, characters: [wchar_t(bitPattern: base.value), 0]),
                        Write(offset: 1, characters: [wchar_t(bitPattern: scalars[1].value), 0])]
            }
            return spacingWrites(scalars, width: 2, limit: limit) ?? padded([wchar_t(bitPattern: base.value), 0], to: 2)
        }
        let tail = scalars.dropFirst()
        let tailIsCombining = tail.allSatisfy { ScalarWidth.terminalWidth($0) == 0 }
        var characters = [wchar_t(bitPattern: base.value)]
        if tailIsCombining && tail.count < limit {
            characters += tail.map { wchar_t(bitPattern: $0.value) }
        }
        return [Write(offset: 0, characters: characters + [0])]
    }

    /// One write per spacing scalar with the zero-width scalars after it, each at the column the ones before
    /// end at; nil unless they take exactly `width` columns and each fits one cell (an emoji sequence does not).
    private static func spacingWrites(_ scalars: [Unicode.Scalar], width: Int, limit: Int) -> [Write]? {
        var writes: [Write] = []
        var column = 0
        for scalar in scalars {
            let character = wchar_t(bitPattern: scalar.value)
            let scalarWidth = ScalarWidth.terminalWidth(scalar)
            if scalarWidth > 0 {
                guard scalarWidth == 1, column < width else { return nil }
                writes.append(Write(offset: column, characters: [character]))
                column += 1
            } else {
                guard scalarWidth == 0, let last = writes.indices.last, writes[last].characters.count < limit else { return nil }
                writes[last] = Write(offset: writes[last].offset, characters: writes[last].characters + [character])
            }
        }
        guard column == width else { return nil }
        return writes.map { Write(offset: $0.offset, characters: $0.characters + [0]) }
    }

    private static func padded(_ first: [wchar_t], to width: Int) -> [Write] {
        var result = [Write(offset: 0, characters: first)]
        if width == 2 { result.append(Write(offset: 1, characters: space)) }
        return result
    }
}
