import CNCursesW

/// Turns the result of ncurses `wget_wch` into a `Key`.
public enum KeyDecoder {
    /// Decodes a `wget_wch` result: `status` is its return value (`OK`, `KEY_CODE_YES` or `ERR`)
    /// and `value` the character or key code it stored. Returns `nil` for `ERR`, mouse reports
    /// (which need `getmouse`) and codes with no mapping.
    public static func decode(status: Int32, value: UInt32) -> Key? {
        if status == Int32(cnc_key_code_yes()) { return decodeFunctionKey(Int32(bitPattern: value)) }
        guard status == Int32(cnc_ok()) else { return nil }
        return decodeCharacter(value)
    }

    /// Decodes a plain character, mapping C0 controls to their keys.
    static func decodeCharacter(_ value: UInt32) -> Key? {
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x00: return .ctrl("@")
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(UInt8(0x60 + value))))
        case 0x1C...0x1F: return .ctrl(Character(Unicode.Scalar(UInt8(0x40 + value))))
        case 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// Decodes an ncurses `KEY_*` code.
    static func decodeFunctionKey(_ code: Int32) -> Key? {
        let f0 = cnc_key_f0()
        if code > f0 && code <= f0 + 63 { return .function(Int(code - f0)) }
        switch code {
        case cnc_key_up(): return .up
        case cnc_key_down(): return .down
        case cnc_key_left(): return .left
        case cnc_key_right(): return .right
        case cnc_key_home(): return .home
        case cnc_key_end(): return .end
        case cnc_key_ppage(): return .pageUp
        case cnc_key_npage(): return .pageDown
        case cnc_key_enter(): return .enter
        case cnc_key_backspace(): return .backspace
        case cnc_key_dc(): return .delete
        case cnc_key_ic(): return .insert
        case cnc_key_btab(): return .backTab
        case cnc_key_resize(): return .resize
        default: return nil
        }
    }
}
