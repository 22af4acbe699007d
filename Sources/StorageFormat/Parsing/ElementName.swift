/// The element names the parser knows, recognised from the lowercased tag name's hash.
enum ElementName: UInt8, CaseIterable, Sendable {
    case unknown
    // HTML structure
    case p, h1, h2, h3, h4, h5, h6, br, hr, ul, ol, li, dl, dt, dd
    case table, thead, tbody, tfoot, tr, td, th, colgroup, col, caption
    case div, section, article, header, footer, main, nav, aside, figure, figcaption, address, center
    case pre, blockquote, span, a, img, time, details, summary
    // HTML inline styles
    case strong, b, em, i, cite, dfn, u, ins, s, strike, del, code, tt, kbd, samp, `var`, sub, sup
    case small, big, mark, font, abbr, q, label
    // HTML raw-text or ignored
    case style, script, head, title, meta, link, input, source, wbr, area, base, embed, param, track, textarea, button, select, iframe
    // Confluence structure (ac:)
    case acStructuredMacro, acMacro, acParameter, acDefaultParameter, acRichTextBody, acPlainTextBody
    case acLink, acLinkBody, acPlainTextLinkBody, acImage, acCaption, acEmoticon
    case acTaskList, acTask, acTaskId, acTaskUuid, acTaskStatus, acTaskBody, acTaskAssignee
    case acLayout, acLayoutSection, acLayoutCell, acPlaceholder, acInlineCommentMarker
    case acAdfExtension, acAdfNode, acAdfAttribute, acAdfParameter, acAdfContent, acAdfFallback, acAdfMark, acAdfLeaf
    // Confluence resource identifiers (ri:)
    case riPage, riBlogPost, riAttachment, riUser, riSpace, riUrl, riContentEntity, riShortcut
    // Confluence templates (at:)
    case atDeclarations, atVar, atI18n

    /// The tag name as written in storage format.
    var tagName: String {
        switch self {
        case .unknown: ""
        case .p: "p"
        case .h1: "h1"
        case .h2: "h2"
        case .h3: "h3"
        case .h4: "h4"
        case .h5: "h5"
        case .h6: "h6"
        case .br: "br"
        case .hr: "hr"
        case .ul: "ul"
        case .ol: "ol"
        case .li: "li"
        case .dl: "dl"
        case .dt: "dt"
        case .dd: "dd"
        case .table: "table"
        case .thead: "thead"
        case .tbody: "tbody"
        case .tfoot: "tfoot"
        case .tr: "tr"
        case .td: "td"
        case .th: "th"
        case .colgroup: "colgroup"
        case .col: "col"
        case .caption: "caption"
        case .div: "div"
        case .section: "section"
        case .article: "article"
        case .header: "header"
        case .footer: "footer"
        case .main: "main"
        case .nav: "nav"
        case .aside: "aside"
        case .figure: "figure"
        case .figcaption: "figcaption"
        case .address: "address"
        case .center: "center"
        case .pre: "pre"
        case .blockquote: "blockquote"
        case .span: "span"
        case .a: "a"
        case .img: "img"
        case .time: "time"
        case .details: "details"
        case .summary: "summary"
        case .strong: "strong"
        case .b: "b"
        case .em: "em"
        case .i: "i"
        case .cite: "cite"
        case .dfn: "dfn"
        case .u: "u"
        case .ins: "ins"
        case .s: "s"
        case .strike: "strike"
        case .del: "del"
        case .code: "code"
        case .tt: "tt"
        case .kbd: "kbd"
        case .samp: "samp"
        case .`var`: "var"
        case .sub: "sub"
        case .sup: "sup"
        case .small: "small"
        case .big: "big"
        case .mark: "mark"
        case .font: "font"
        case .abbr: "abbr"
        case .q: "q"
        case .label: "label"
        case .style: "style"
        case .script: "script"
        case .head: "head"
        case .title: "title"
        case .meta: "meta"
        case .link: "link"
        case .input: "input"
        case .source: "source"
        case .wbr: "wbr"
        case .area: "area"
        case .base: "base"
        case .embed: "embed"
        case .param: "param"
        case .track: "track"
        case .textarea: "textarea"
        case .button: "button"
        case .select: "select"
        case .iframe: "iframe"
        case .acStructuredMacro: "ac:structured-macro"
        case .acMacro: "ac:macro"
        case .acParameter: "ac:parameter"
        case .acDefaultParameter: "ac:default-parameter"
        case .acRichTextBody: "ac:rich-text-body"
        case .acPlainTextBody: "ac:plain-text-body"
        case .acLink: "ac:link"
        case .acLinkBody: "ac:link-body"
        case .acPlainTextLinkBody: "ac:plain-text-link-body"
        case .acImage: "ac:image"
        case .acCaption: "ac:caption"
        case .acEmoticon: "ac:emoticon"
        case .acTaskList: "ac:task-list"
        case .acTask: "ac:task"
        case .acTaskId: "ac:task-id"
        case .acTaskUuid: "ac:task-uuid"
        case .acTaskStatus: "ac:task-status"
        case .acTaskBody: "ac:task-body"
        case .acTaskAssignee: "ac:task-assignee"
        case .acLayout: "ac:layout"
        case .acLayoutSection: "ac:layout-section"
        case .acLayoutCell: "ac:layout-cell"
        case .acPlaceholder: "ac:placeholder"
        case .acInlineCommentMarker: "ac:inline-comment-marker"
        case .acAdfExtension: "ac:adf-extension"
        case .acAdfNode: "ac:adf-node"
        case .acAdfAttribute: "ac:adf-attribute"
        case .acAdfContent: "ac:adf-content"
        case .acAdfFallback: "ac:adf-fallback"
        case .acAdfMark: "ac:adf-mark"
        case .acAdfLeaf: "ac:adf-leaf"
        case .acAdfParameter: "ac:adf-parameter"
        case .riPage: "ri:page"
        case .riBlogPost: "ri:blog-post"
        case .riAttachment: "ri:attachment"
        case .riUser: "ri:user"
        case .riSpace: "ri:space"
        case .riUrl: "ri:url"
        case .riContentEntity: "ri:content-entity"
        case .riShortcut: "ri:shortcut"
        case .atDeclarations: "at:declarations"
        case .atVar: "at:var"
        case .atI18n: "at:i18n"
        }
    }

    /// Finds element names by the hash of their lowercased bytes (see `ElementName.hash(_:adding:)`), and
    /// tells whether input bytes spell an element's end tag.
    /// A parse takes one copy of `shared`, so the lookups themselves skip the global's lazy-init check.
    struct Index: Sendable {
        /// The index of every known name, built once.
        static let shared = Index()

        /// An open-addressing table keyed by the FNV hash itself (no second hashing).
        private let slots: [(hash: UInt64, name: ElementName)]
        /// Each name followed by `>`, as `closerWords` little-endian words per name (zero-padded).
        private let closers: [UInt64]
        /// The byte count of each name followed by `>`.
        private let closerCounts: [Int]
        /// Words per name in `closers`: room for names of up to 31 bytes.
        private static var closerWords: Int { 4 }
        /// Per byte value: the byte ASCII-lowercased, plus `nameEnd` when it ends a tag name (whitespace,
        /// `>` and `/`).
        private let nameBytes: [UInt16]
        /// The flag in `nameBytes` of bytes that end a tag name.
        private static var nameEnd: UInt16 { 0x100 }

        private init() {
            var slots = Array(repeating: (hash: UInt64(0), name: ElementName.unknown), count: 512)
            var closers = [UInt64](repeating: 0, count: Index.closerWords * ElementName.allCases.count)
            var closerCounts = [Int](repeating: 0, count: ElementName.allCases.count)
            for name in ElementName.allCases where name != .unknown {
                let bytes = Array(name.tagName.utf8)
                let closer = bytes + [0x3E]
                precondition(closer.count <= 8 * Index.closerWords)
                for (offset, byte) in closer.enumerated() {
                    closers[Index.closerWords * Int(name.rawValue) + offset / 8] |= UInt64(byte) << (8 * (offset % 8))
                }
                closerCounts[Int(name.rawValue)] = closer.count
                let value = bytes.reduce(hashSeed, hash(_:adding:))
                var slot = Int(truncatingIfNeeded: value >> 7) & (slots.count - 1)
                while slots[slot].name != ElementName.unknown { slot = (slot + 1) & (slots.count - 1) }
                slots[slot] = (value, name)
            }
            self.slots = slots
            self.closers = closers
            self.closerCounts = closerCounts
            nameBytes = (0...UInt8.max).map { byte in
                let lower = UInt16(byte &- 0x41 < 26 ? byte | 0x20 : byte)
                return byte.isIn(UInt8.markupSpaces | 1 << 0x3E | 1 << 0x2F) ? lower | Index.nameEnd : lower
            }
        }

        /// The end of the tag name starting at `start` and the hash of its lowercased bytes (see
        /// `ElementName.hash(_:adding:)`), one table lookup per byte.
        @inline(__always)
        func scanName(in input: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, hash: UInt64) {
            nameBytes.withUnsafeBufferPointer { table in
                var index = start
                var hash = hashSeed
                while index < input.count {
                    let entry = table[Int(input[index])]  // 256 entries: every byte is in range
                    if entry & Index.nameEnd != 0 { break }
                    hash = ElementName.hash(hash, addingLowercased: UInt8(truncatingIfNeeded: entry))
                    index += 1
                }
                return (index, hash)
            }
        }

        /// The index after the `>` when `input` spells `name` and `>` at `start` exactly (lowercase, no space
        /// before the `>`), otherwise nil. Reads whole words, so it also fails within eight bytes of the end.
        @inline(__always)
        func endOfEndTag(of name: ElementName, in input: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
            let count = closerCounts[Int(name.rawValue)]
            // The words read lie within the input, and within the name's `closerWords` words of `closers`.
            guard count > 0, start >= 0, start &+ count &+ 7 <= input.count, let base = input.baseAddress else { return nil }
            return closers.withUnsafeBufferPointer { closers in
                var offset = 0
                var word = Index.closerWords &* Int(name.rawValue)
                while offset < count {
                    var difference = ByteLanes(at: base + (start &+ offset)).word ^ closers[word]
                    if count &- offset < 8 { difference &= (1 &<< (8 &* UInt64(count &- offset))) &- 1 }
                    if difference != 0 { return nil }
                    offset &+= 8
                    word &+= 1
                }
                return start &+ count
            }
        }

        /// The name whose hash is `hash`, or `.unknown`.
        @inline(__always)
        func name(hash: UInt64) -> ElementName {
            var slot = Int(truncatingIfNeeded: hash >> 7) & (slots.count - 1)
            while true {
                let entry = slots[slot]
                if entry.name == .unknown || entry.hash == hash { return entry.name }
                slot = (slot + 1) & (slots.count - 1)
            }
        }
    }

    /// The FNV-1a hash of no bytes; `hash(_:adding:)` extends it over a tag name's bytes.
    static var hashSeed: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// Extends the FNV-1a hash `value` by `byte`, ASCII-lowercased.
    @inline(__always)
    static func hash(_ value: UInt64, adding byte: UInt8) -> UInt64 {
        hash(value, addingLowercased: byte &- 0x41 < 26 ? byte | 0x20 : byte)
    }

    /// Extends the FNV-1a hash `value` by `lower`, a byte already ASCII-lowercased.
    @inline(__always)
    static func hash(_ value: UInt64, addingLowercased lower: UInt8) -> UInt64 {
        (value ^ UInt64(lower)) &* 0x0000_0100_0000_01b3
    }

    /// Elements that never have content or an end tag.
    var isVoid: Bool {
        switch self {
        case .br, .hr, .img, .col, .meta, .link, .input, .source, .wbr, .area, .base, .embed, .param, .track:
            return true
        default:
            return false
        }
    }

    /// Elements whose content is raw text that the tokenizer skips unread.
    @inline(__always)
    var isRawText: Bool { self == .style || self == .script || self == .textarea }

    /// Inline formatting elements, which an implied paragraph end may close.
    var isInlineFormatting: Bool {
        switch self {
        case .span, .a, .strong, .b, .em, .i, .cite, .dfn, .u, .ins, .s, .strike, .del, .code, .tt, .kbd, .samp,
             .var, .sub, .sup, .small, .big, .mark, .font, .abbr, .q, .label, .time:
            return true
        default:
            return false
        }
    }

    /// Formatting that no attribute of it matters to, which the tree builder starts again when a misnested end tag
    /// closes it early.
    var isReopenedStyle: Bool {
        switch self {
        case .strong, .b, .em, .i, .cite, .dfn, .u, .ins, .s, .strike, .del, .code, .tt, .kbd, .samp, .var, .sub, .sup,
             .small, .big, .mark:
            return true
        default:
            return false
        }
    }

    /// Block elements whose start closes an open paragraph, as in HTML.
    var closesParagraph: Bool {
        switch self {
        case .p, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .dl, .table, .pre, .blockquote, .hr, .div, .section,
             .article, .header, .footer, .main, .nav, .aside, .figure, .address, .details:
            return true
        default:
            return false
        }
    }

    /// Elements that start a block, or a part of a list or table: their start closes the macro parts that never hold one.
    var startsBlock: Bool {
        closesParagraph || self == .li || self == .dt || self == .dd || self == .tr || self == .td || self == .th || isTableSection
    }

    /// Confluence elements that hold a macro's parts or text but never a block: a macro outside its bodies, a parameter,
    /// a plain-text body (a caption may hold paragraphs).
    var holdsNoBlocks: Bool {
        switch self {
        case .acStructuredMacro, .acMacro, .acParameter, .acDefaultParameter, .acPlainTextBody, .acAdfAttribute, .acAdfParameter:
            return true
        default:
            return false
        }
    }

    /// Confluence (`ac:`, `ri:`, `at:`) elements: their end tags close across any element.
    var isConfluence: Bool { rawValue >= ElementName.acStructuredMacro.rawValue }

    /// Confluence elements that hold blocks or a macro's parts (a macro, its bodies and parameters, a caption, tasks,
    /// layouts, ADF nodes): an implied end within one never closes an element outside it. The others
    /// (links, images, emoticons, placeholders, comment markers, resource identifiers) sit in text as formatting does, so
    /// one left open is closed by the end of the paragraph, item or heading around it rather than swallowing what follows.
    var isConfluenceContainer: Bool {
        switch self {
        case .acStructuredMacro, .acMacro, .acParameter, .acDefaultParameter, .acRichTextBody, .acPlainTextBody, .acCaption,
             .acTaskList, .acTask, .acTaskBody, .acLayout, .acLayoutSection, .acLayoutCell, .acAdfExtension, .acAdfNode,
             .acAdfAttribute, .acAdfParameter, .acAdfContent, .acAdfFallback, .atDeclarations:
            return true
        default:
            return false
        }
    }

    /// Elements within text that an implied paragraph end may close: inline formatting, and Confluence's inline elements.
    var isWithinText: Bool { isInlineFormatting || (isConfluence && !isConfluenceContainer) }

    /// Table section elements.
    var isTableSection: Bool { self == .thead || self == .tbody || self == .tfoot }

    /// The heading level for `h1`...`h6`.
    var headingLevel: Int? {
        switch self {
        case .h1: return 1
        case .h2: return 2
        case .h3: return 3
        case .h4: return 4
        case .h5: return 5
        case .h6: return 6
        default: return nil
        }
    }
}
