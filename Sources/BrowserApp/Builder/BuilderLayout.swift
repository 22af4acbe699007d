import TerminalKit

/// Where the filter builder's parts go inside the screen (above the status line): the box, the
/// mode tabs, the mode's body, the loader options line, the count line, the save line and the key hints.
struct BuilderLayout {
    /// The overlay's box.
    let box: Rect
    /// Whether the box has a border: not under eight rows, where the border's two would leave the body next to none.
    let framed: Bool
    /// The mode tabs.
    let tabs: Rect
    /// The mode's content.
    let body: Rect
    /// The label list inside the body (below the filter line).
    let list: Rect
    /// The draft's loader options in one line.
    let options: Rect
    /// The server count or its sentence.
    let check: Rect
    /// The name prompt or the save refusal.
    let save: Rect
    /// Key hints.
    let hints: Rect
    /// The row above the save row, where a refused name's reason ends while its prompt stays open.
    let aboveSave: Rect

    /// The body and the options line below it: the loader options panel, which the line summarises, takes both.
    var optionsPanel: Rect {
        options.isEmpty ? body : Rect(x: body.x, y: body.y, width: body.width, height: body.height + options.height)
    }

    /// Lays the builder out in `screen`: 84x20 or nine tenths of a larger screen, centred; the whole screen when it is smaller.
    /// The body keeps a row however short the screen, and two (the label filter and a label) from four rows on: below it
    /// come the options, check, save and hint rows when there is room, else the hints and one row the check and the save
    /// prompt share, else that row alone. While a name is being typed (`prompting`) the save row is never dropped: on the
    /// shortest screens it takes the body's last row, or on one row the tabs' row.
    init(screen: Rect, prompting: Bool = false) {
        let centred = Layout.overlayBox(in: screen, width: 84, height: 20)
        framed = Layout.hasBorder(centred) && centred.height >= 8
        // Without a border nothing would part the box from the panes beside it: it takes the whole screen.
        box = framed ? centred : screen
        let inner = framed ? box.inset(by: 1) : box
        let (top, rest) = inner.splitRows(at: 1)
        // A name being typed on a screen of one row takes the tabs' row: it is never typed blind.
        tabs = prompting && rest.isEmpty ? .zero : top
        let footer = rest.height >= 7 ? 4 : rest.height >= 4 ? 2 : rest.height >= 2 ? 1 : 0
        let (middle, bottom) = rest.splitRows(at: rest.height - footer)
        body = middle
        list = middle.splitRows(at: 1).bottom
        if footer == 4 {
            options = bottom.row(0)
            check = bottom.row(1)
            save = bottom.row(2)
            hints = bottom.row(3)
            aboveSave = check
        } else {
            options = .zero
            check = bottom.row(0)
            save = !prompting || footer > 0 ? bottom.row(0) : middle.isEmpty ? top : middle.row(middle.height - 1)
            hints = footer == 2 ? bottom.row(1) : .zero
            aboveSave = middle.row(middle.height - (save.y < bottom.y ? 2 : 1))
        }
    }
}
