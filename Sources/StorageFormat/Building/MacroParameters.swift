/// The values of the macro parameters `MacroInterpreter` reads, the first of each name. The builder keeps no
/// others, so each has a slot of its own rather than a place in a list searched by name.
struct MacroParameters {
    /// A parameter the interpreter reads.
    enum Name {
        case title, language, colour, key, minLevel, maxLevel, include, exclude, location, depth, all, sort, reverse, first
        /// The parameter without a name (`ac:name=""`, or `ac:default-parameter`): an anchor's name.
        case unnamed
        /// `atlassian-macro-output-type`: `INLINE` for a macro shown within its paragraph.
        case outputType
        /// The formula of the math add-on's inline macro.
        case body

        /// The parameter spelled `name`, or nil when the interpreter does not read it. Names are matched with
        /// their byte count first, so most are told apart without comparing strings.
        init?(_ name: String) {
            switch (name.utf8.count, name) {
            case (5, "title"): self = .title
            case (8, "language"): self = .language
            case (6, "colour"): self = .colour
            case (3, "key"): self = .key
            case (8, "minLevel"): self = .minLevel
            case (8, "maxLevel"): self = .maxLevel
            case (7, "include"): self = .include
            case (7, "exclude"): self = .exclude
            case (8, "location"): self = .location
            case (5, "depth"): self = .depth
            case (3, "all"): self = .all
            case (4, "sort"): self = .sort
            case (7, "reverse"): self = .reverse
            case (5, "first"): self = .first
            case (0, ""): self = .unnamed
            case (27, "atlassian-macro-output-type"): self = .outputType
            case (4, "body"): self = .body
            default: return nil
            }
        }
    }

    private var title, language, colour, key, minLevel, maxLevel, include, exclude, location, depth, all, sort, reverse, first, unnamed, outputType, body: String?

    /// The value of the parameter `name`, or nil when the macro has none.
    subscript(name: Name) -> String? {
        get {
            switch name {
            case .title: title
            case .language: language
            case .colour: colour
            case .key: key
            case .minLevel: minLevel
            case .maxLevel: maxLevel
            case .include: include
            case .exclude: exclude
            case .location: location
            case .depth: depth
            case .all: all
            case .sort: sort
            case .reverse: reverse
            case .first: first
            case .unnamed: unnamed
            case .outputType: outputType
            case .body: body
            }
        }
        set {
            switch name {
            case .title: title = newValue
            case .language: language = newValue
            case .colour: colour = newValue
            case .key: key = newValue
            case .minLevel: minLevel = newValue
            case .maxLevel: maxLevel = newValue
            case .include: include = newValue
            case .exclude: exclude = newValue
            case .location: location = newValue
            case .depth: depth = newValue
            case .all: all = newValue
            case .sort: sort = newValue
            case .reverse: reverse = newValue
            case .first: first = newValue
            case .unnamed: unnamed = newValue
            case .outputType: outputType = newValue
            case .body: body = newValue
            }
        }
    }
}
