import CNCursesW

/// Turns a grid cell into the wide-character writes ncurses can represent faithfully.
///
/// ncurses measures a cell by its first scalar and holds at most `CCHARW_MAX` scalars per cell,
/// so clusters it would measure differently from the grid are simplified: a regional-indicator
/// pair becomes two one-column writes, and a wide cluster whose base ncurses thinks narrow is
/// written as its base plus a space. Either way the terminal's cursor stays where the grid expects.
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
        let baseWidth = Int(cnc_wcwidth(wchar_t(bitPattern: base.value)))
        if baseWidth < 0 {
            return padded([wchar_t(0x3F), 0], to: Int(cell.width))
        }
        if cell.width == 2 && baseWidth != 2 {
            if scalars.count >= 2, ScalarWidth.isRegionalIndicator(base), ScalarWidth.isRegionalIndicator(scalars[1]) {
                return [Write(offset: 0, characters: [wchar_t(bitPattern: base.value), 0]),
                        Write(offset: 1, characters: [wchar_t(bitPattern: scalars[1].value), 0])]
            }
            return padded([wchar_t(bitPattern: base.value), 0], to: 2)
        }
        let limit = Int(cnc_cchar_max()) - 1
        let tail = scalars.dropFirst()
        let tailIsCombining = tail.allSatisfy { cnc_wcwidth(wchar_t(bitPattern: $0.value)) == 0 }
        var characters = [wchar_t(bitPattern: base.value)]
        if tailIsCombining && tail.count < limit {
            characters += tail.map { wchar_t(bitPattern: $0.value) }
        }
        return [Write(offset: 0, characters: characters + [0])]
    }

    private static func padded(_ first: [wchar_t], to width: Int) -> [Write] {
        var result = [Write(offset: 0, characters: first)]
        if width == 2 { result.append(Write(offset: 1, characters: space)) }
        return result
    }
}
