extension Unicode.Scalar {
    /// Whether the scalar is a control character (C0, DEL, C1, which some terminals act on) or an invisible formatting
    /// one (bidi controls that reorder the text around them, zero-width characters, tag characters): invisible where a
    /// script, JSON, a key or a user name is read, yet changing what is read. Exports write such scalars escaped, and
    /// selector values and user names may not hold them.
    public var isHiddenFormatting: Bool {
        [.control, .format].contains(properties.generalCategory)
    }
}
