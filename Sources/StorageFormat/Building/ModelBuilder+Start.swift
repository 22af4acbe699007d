extension ModelBuilder {
    mutating func start(_ name: ElementName, attributes: AttributeList) {
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        if capture != nil {
            if let reference = ModelBuilder.resourceReference(name, attributes) {
                capture!.references.append(reference)
            }
            actions.append(.passThrough)
            return
        }
        if let action = openAction(for: name, attributes) {
            actions.append(action)
        } else {
            skipDepth = 1
        }
    }

    /// Decides and performs what an opening element does; returns how to undo it at its end,
    /// or nil when the element's whole subtree is to be skipped. Inlined into `start`, its one caller.
    @inline(__always)
    private mutating func openAction(for name: ElementName, _ attributes: AttributeList) -> OpenAction? {
        switch name {
        case .p, .div, .section, .article, .header, .footer, .main, .nav, .aside, .figure, .figcaption, .address,
             .center, .details, .summary, .dt, .dd, .dl, .caption, .acRichTextBody, .acTaskBody, .acAdfContent:
            paragraphBreak()
            return .paragraphBreak
        case .h1, .h2, .h3, .h4, .h5, .h6:
            if case .heading = innermost.role { return .passThrough }
            paragraphBreak()
            pushContainer(.heading(name.headingLevel ?? 1))
            return .container
        case .br:
            appendInline(.lineBreak)
            innermost.lastWasSpace = true
            return .passThrough
        case .hr:
            appendBlock(.rule)
            return .passThrough
        case .ul, .ol, .acTaskList:
            paragraphBreak()
            guard canNest else { return .paragraphBreak }
            let kind: ListBlock.Kind
            switch name {
            case .ul: kind = .unordered
            case .ol: kind = .ordered(start: attributes.value("start").flatMap { Int($0) }.map(ListBlock.Kind.clampedStart) ?? 1)
            default: kind = .task
            }
            // Directly inside another list it nests as a list in an item would, as deep as containers may.
            var nesting = 0
            if let outer = lists.last, outer.depth == depth, depth + outer.nesting + 1 < Self.maxContainerDepth {
                nesting = outer.nesting + 1
            }
            lists.append(ListState(kind: kind, itemStart: listItems.count, depth: depth, nesting: nesting))
            return .list
        case .li, .acTask:
            paragraphBreak()
            guard canNest, lists.last?.depth == depth else { return .paragraphBreak }
            let hides = attributes.value("style", contains: "none")
            pushContainer(.listItem, isChecked: name == .acTask ? false : nil, hidesMarker: hides)
            return .container
        case .table:
            paragraphBreak()
            guard canNest else { return .paragraphBreak }
            tables.append(TableState(rowStart: tableRows.count, cellStart: tableCells.count, depth: depth))
            return .table
        case .thead:
            guard tables.last?.depth == depth else { return .passThrough }
            commitRow()
            tables[tables.count - 1].headDepth += 1
            tables[tables.count - 1].groupBegan = true
            return .tableHead
        case .tbody, .tfoot:
            guard tables.last?.depth == depth else { return .passThrough }
            commitRow()
            tables[tables.count - 1].groupBegan = true
            return .passThrough
        case .tr:
            guard tables.last?.depth == depth else { return .paragraphBreak }
            commitRow()
            openRow()
            return .tableRow
        case .td, .th:
            guard tables.last?.depth == depth, canNest else {
                paragraphBreak()
                return .paragraphBreak
            }
            let last = tables.count - 1
            if !tables[last].rowIsOpen { openRow() }
            // `rowspan="0"` spans the rest of the rows (HTML's row group, here the table).
            let rowSpan = attributes.value("rowspan").flatMap { Int($0) }.map { $0 == 0 ? 1000 : $0 } ?? 1
            let columnSpan = attributes.value("colspan").flatMap { Int($0) } ?? 1
            tables[last].openCell = TableCell(blocks: [], isHeader: name == .th, rowSpan: min(rowSpan, 1000),
                                              columnSpan: min(columnSpan, 1000))
            pushContainer(.cell)
            return .container
        case .blockquote:
            paragraphBreak()
            guard canNest else { return .paragraphBreak }
            pushContainer(.quote)
            return .container
        case .pre:
            guard preDepth == 0 else { return .passThrough }
            paragraphBreak()
            preDepth = 1
            pushContainer(.pre)
            return .container
        case .strong, .b: return beginStyle(0)
        case .em, .i, .cite, .dfn: return beginStyle(1)
        case .code, .tt, .kbd, .samp: return beginStyle(2)
        case .s, .strike, .del: return beginStyle(3)
        case .u, .ins: return beginStyle(4)
        case .sub: return beginStyle(5)
        case .sup: return beginStyle(6)
        case .a:
            guard link == nil, let href = attributes.value("href") else { return .passThrough }
            let target: LinkTarget = href.hasPrefix("#") ? .anchor(String(href.dropFirst())) : .url(href)
            return beginLink(target: target)
        case .acLink:
            guard link == nil else { return .passThrough }
            return beginLink(anchor: attributes.value("ac:anchor")?.percentDecoded)
        case .acPlainTextLinkBody:
            beginCapture(.linkPlainBody)
            return .capture
        case .acImage:
            guard image == nil else { return .passThrough }
            image = ImageState(alt: attributes.value("ac:alt") ?? attributes.value("ac:title"),
                               emoticonName: ModelBuilder.emoticonName(fromClass: attributes.value("ac:class")),
                               isBlock: attributes.value("ac:layout") != nil)
            if image?.isBlock == true { paragraphBreak() }
            pushContainer(.image)
            return .image
        case .img:
            let alt = attributes.value("alt")
            if let emoticon = ModelBuilder.emoticonName(fromClass: attributes.value("class")) {
                appendInline(.emoticon(Emoticon(name: emoticon)))
            } else {
                let source = attributes.value("src").map { Image.Source.url($0) } ?? .none
                appendInline(.image(Image(source: source, alt: alt)))
            }
            return .passThrough
        case .acCaption:
            guard image != nil else {
                paragraphBreak()
                return .paragraphBreak
            }
            pushContainer(.caption)
            return .container
        case .acEmoticon:
            appendInline(.emoticon(Emoticon(
                name: attributes.value("ac:name"), shortname: attributes.value("ac:emoji-shortname"),
                emojiId: attributes.value("ac:emoji-id"), fallback: attributes.value("ac:emoji-fallback"))))
            return .passThrough
        case .time:
            // A `datetime` that does not start with a date (`2024-05-02`, as Confluence writes) gives way to the
            // element's text, or shows as written when there is none.
            guard let date = attributes.value("datetime") else { return .passThrough }
            guard date.utf8.count >= 10, date.utf8.prefix(10).enumerated().allSatisfy({ offset, byte in
                offset == 4 || offset == 7 ? byte == 0x2D : byte &- 0x30 < 10
            }) else {
                beginCapture(.time(datetime: date))
                return .capture
            }
            appendWordItem(.date(date, style))
            return nil
        case .riPage, .riBlogPost, .riAttachment, .riUser, .riSpace, .riUrl, .riContentEntity, .riShortcut:
            routeResource(name, attributes)
            return .passThrough
        case .acStructuredMacro, .acMacro:
            let name = attributes.value("ac:name") ?? ""
            let followsText = pendingText.isActive || followsVisibleInline
            macros.append(MacroState(name: name, zoneDepth: zonesOpen, isWithinTable: !tables.isEmpty, followsText: followsText))
            if MacroState.isZone(name) { zonesOpen += 1 }
            guard canNest else { return .macro(hasContainer: false) }
            pushContainer(.macro)
            return .macro(hasContainer: true)
        case .acParameter:
            let name = attributes.value("ac:name") ?? ""
            beginCapture(MacroParameters.Name(name).map { .parameter($0) } ?? .unreadParameter)
            return .capture
        case .acDefaultParameter:
            beginCapture(.parameter(.unnamed))
            return .capture
        case .acPlainTextBody:
            beginCapture(.plainTextBody)
            return .capture
        case .acTaskStatus:
            beginCapture(.taskStatus)
            return .capture
        case .acAdfAttribute:
            beginCapture(.adfAttribute(AdfState.Attribute(key: attributes.value("key"))))
            return .capture
        case .acAdfExtension:
            lastAdfNodeShowed = false
            return .passThrough
        case .acAdfFallback:
            // The fallback renders the extension's content again: it is read only when the node showed none (an app's
            // extension, whose content lives outside the page).
            return lastAdfNodeShowed ? nil : .passThrough
        case .acTaskId, .acTaskUuid, .acTaskAssignee, .acPlaceholder, .acAdfMark, .acAdfParameter, .style, .script,
             .head, .title, .colgroup, .col, .atDeclarations, .atI18n, .textarea, .button, .select, .iframe:
            return nil
        case .acLayout:
            paragraphBreak()
            layouts.append([])
            return .layout
        case .acLayoutSection:
            guard !layouts.isEmpty else { return .paragraphBreak }
            layouts[layouts.count - 1].append(LayoutSection(type: attributes.value("ac:type"), cells: []))
            return .paragraphBreak
        case .acLayoutCell:
            paragraphBreak()
            guard !layouts.isEmpty, canNest else { return .paragraphBreak }
            pushContainer(.layoutCell)
            return .container
        case .acAdfNode:
            paragraphBreak()
            adfNodes.append(AdfState(type: attributes.value("type") ?? ""))
            guard canNest else { return .adfNode(hasContainer: false) }
            pushContainer(.adfNode)
            return .adfNode(hasContainer: true)
        default:
            return .passThrough
        }
    }

    /// Opens a row in the innermost table.
    private mutating func openRow() {
        let last = tables.count - 1
        tables[last].rowIsOpen = true
        tables[last].rowIsHeader = tables[last].headDepth > 0
        tables[last].rowStartsGroup = tables[last].groupBegan
        tables[last].groupBegan = false
    }

    private mutating func beginStyle(_ bit: Int) -> OpenAction {
        applyStyle(bit, delta: 1)
        return .style(bit)
    }

    /// Opens a link, its state built in place (a state passed in was copied into the property, then destroyed).
    private mutating func beginLink(target: LinkTarget? = nil, anchor: String? = nil) -> OpenAction {
        link = LinkState(target: target, anchor: anchor, isInsideImage: image != nil)
        pushContainer(.link)
        // The body's spaces collapse with the text before the link, so one it starts with is kept to move out.
        innermost.lastWasSpace = outerContainers.last?.lastWasSpace ?? true
        return .link
    }

    /// Gives an `ri:` element to the innermost link or image.
    private mutating func routeResource(_ name: ElementName, _ attributes: AttributeList) {
        switch resourceSink {
        case .link:
            guard link!.target == nil else { return }
            if name == .riShortcut, let key = attributes.value("ri:key") {
                link!.shortcut = (attributes.value("ri:parameter").map { $0 + "@" } ?? "") + key
            }
            link!.target = ModelBuilder.linkTarget(name, attributes, anchor: link!.anchor)
        case .image:
            guard case .none = image!.source else { return }
            if name == .riAttachment, let file = attributes.value("ri:filename") {
                image!.source = .attachment(filename: file)
            } else if name == .riUrl, let url = attributes.value("ri:value") {
                image!.source = .url(url)
            }
        case nil:
            // A mention written without its link, which Confluence shows as one.
            if name == .riUser, let target = ModelBuilder.linkTarget(name, attributes, anchor: nil) {
                appendWordItem(.link(Link(target: target, style: style)))
            }
        }
    }

    /// A reference a macro parameter makes to a page, attachment, user, space or URL.
    private static func resourceReference(_ name: ElementName, _ attributes: AttributeList) -> Inline? {
        switch name {
        case .riPage, .riBlogPost, .riAttachment, .riUser, .riSpace, .riUrl:
            return linkTarget(name, attributes, anchor: nil).map { .link(Link(target: $0)) }
        default:
            return nil
        }
    }

    private static func linkTarget(_ name: ElementName, _ attributes: AttributeList, anchor: String?) -> LinkTarget? {
        switch name {
        case .riPage:
            // A page named by id alone (newer editors) is content by id; by space alone, that space (its home page).
            let title = attributes.value("ri:content-title").flatMap(nonEmpty)
            let space = attributes.value("ri:space-key").flatMap(nonEmpty)
            if title == nil, let id = attributes.value("ri:content-id").flatMap(nonEmpty) { return .content(id: id, anchor: anchor) }
            if title == nil, let space, anchor == nil { return .space(key: space) }
            return .page(title: title ?? "", spaceKey: space, anchor: anchor)
        case .riBlogPost:
            return .blogPost(title: attributes.value("ri:content-title") ?? "",
                             spaceKey: attributes.value("ri:space-key"), anchor: anchor)
        case .riAttachment:
            return .attachment(filename: attributes.value("ri:filename") ?? "", pageTitle: nil)
        case .riUser:
            return .user(UserRef(accountId: attributes.value("ri:account-id").flatMap(nonEmpty),
                                 userKey: attributes.value("ri:userkey").flatMap(nonEmpty),
                                 username: attributes.value("ri:username").flatMap(nonEmpty)))
        case .riSpace:
            return .space(key: attributes.value("ri:space-key") ?? "")
        case .riUrl:
            return attributes.value("ri:value").map { .url($0) }
        case .riContentEntity:
            return attributes.value("ri:content-id").map { .content(id: $0, anchor: anchor) }
        default:
            return nil
        }
    }

    private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    /// The emoticon name in a legacy `class="emoticon emoticon-smile"`.
    static func emoticonName(fromClass value: String?) -> String? {
        // A word can start with "emoticon-" only where those bytes occur: looking for them tells other classes
        // apart without String.contains(_:), which built a searcher costing some 30K instructions per call.
        guard let value, value.withUTF8Buffer(holdsEmoticonPrefix) else { return nil }
        for word in value.split(separator: " ") where word.hasPrefix("emoticon-") {
            return String(word.dropFirst("emoticon-".count))
        }
        return nil
    }

    /// Whether `bytes` hold the bytes of "emoticon-" anywhere.
    private static func holdsEmoticonPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let prefix: StaticString = "emoticon-"
        return prefix.withUTF8Buffer { prefix in
            bytes.count >= prefix.count && (0...bytes.count - prefix.count).contains { start in
                prefix.indices.allSatisfy { bytes[start + $0] == prefix[$0] }
            }
        }
    }

    /// Whether the paragraph being built shows something before this point: an inline other than an anchor, which shows
    /// nothing. Only the last few are looked at (past them, something shows), so a run of anchors costs no more.
    private var followsVisibleInline: Bool {
        let start = innermost.inlineStart
        return inlines.count &- start > 8 || (start..<inlines.count).contains { if case .anchor = inlines[$0] { false } else { true } }
    }
}
