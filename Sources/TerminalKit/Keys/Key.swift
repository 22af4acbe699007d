/// One key press (or terminal event) in a backend-independent form.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case char(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete, insert
    /// Control plus a lowercase letter (or `@ [ \ ] ^ _`).
    case ctrl(Character)
    /// Function key F1 ... F63.
    case function(Int)
    /// The terminal changed size.
    case resize
    case mouse(MouseEvent)
    /// Text the terminal delivered as one paste (bracketed paste), newlines and all; never a command.
    case paste(String)
    /// Alt (Meta) held with a key, which terminals send as Esc and the key at once.
    indirect case alt(Key)

    /// Whether Alt held with this key makes a chord: any key a person presses, but Esc itself (pressed twice, it is two
    /// Escs), a resize, a mouse report or a paste.
    var canFollowAlt: Bool {
        switch self {
        case .escape, .resize, .mouse, .paste, .alt: false
        default: true
        }
    }

    /// A short human name, as shown in help and key hints (`k`, `Ctrl-D`, `PgDn`).
    public var description: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .insert: "Insert"
        case .ctrl(let c): "Ctrl-" + String(c).uppercased()
        case .function(let n): "F\(n)"
        case .resize: "Resize"
        case .mouse: "Mouse"
        case .paste: "Paste"
        case .alt(let key): "Alt-" + key.description
        }
    }
}
