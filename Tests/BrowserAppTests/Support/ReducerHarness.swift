import BrowserApp
import TerminalKit
import Testing

/// A state plus helpers that feed it actions the way the runner would, for pure reducer tests.
struct ReducerHarness {
    var state: AppState
    /// Effects returned by the last action.
    var effects: [Effect] = []

    init(width: Int = 120, height: Int = 40, keyMap: KeyMap = .defaults, accounts: [Account] = [Account(name: "demo", detail: "demo")]) {
        state = AppState(width: width, height: height, accounts: accounts, keyMap: keyMap,
                         previewDelayMilliseconds: 0)
    }

    /// Applies an action and remembers its effects.
    @discardableResult
    mutating func send(_ action: AppAction) -> [Effect] {
        effects = state.reduce(action)
        return effects
    }

    /// Presses keys, collecting every effect.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        var all: [Effect] = []
        for key in keys { all += send(.key(key)) }
        effects = all
        return all
    }

    /// Types text.
    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        var all: [Effect] = []
        for character in text { all += send(.key(.char(character))) }
        return all
    }

    /// Starts and answers the spaces load with the fixture spaces.
    mutating func loadSpaces(_ spaces: [SpaceSummary] = Fixture.spaces) {
        guard case .loadSpaces(let token)? = send(.start).first else { Issue.record("start did not load the spaces"); return }
        send(.spacesLoaded(token: token, .success(spaces)))
    }

    /// Opens the selected space and answers its roots from the fixture.
    mutating func openSpace() {
        let effects = press(.enter)
        for effect in effects {
            if case .loadRoots(let key, let token) = effect {
                let items = (Fixture.roots[key] ?? []).compactMap { Fixture.nodes[$0]?.item }
                send(.rootsLoaded(spaceKey: key, token: token, .success(LoadedItems(items, parentTitle: nil))))
            }
        }
    }

    /// Opens ENG and expands Architecture (its folder Diagrams and "API 設計 guide" loaded), selected.
    mutating func expandArchitecture() {
        loadSpaces()
        openSpace()
        answer(press(.char("j"), .enter))
    }

    /// Opens ENG, selects "API 設計 guide" under Architecture with its page loaded, and focuses the preview.
    mutating func focusAPIPageInPreview() {
        expandArchitecture()
        answer(press(.char("j"), .char("j")))
        press(.tab)
    }

    /// Answers every load in `effects` from the fixture (children and pages).
    mutating func answer(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .loadChildren(let id, _, let title, let token):
                let items = (Fixture.nodes[id]?.children ?? []).compactMap { Fixture.nodes[$0]?.item }
                send(.childrenLoaded(nodeID: id, token: token, .success(LoadedItems(items, parentTitle: title))))
            case .peekChildren(let nodes, let token, _):
                for node in nodes {
                    let items = (Fixture.nodes[node.nodeID]?.children ?? []).compactMap { Fixture.nodes[$0]?.item }
                    send(.childrenPeeked(nodeID: node.nodeID, token: token, .success(LoadedItems(items, parentTitle: node.parentTitle))))
                }
            case .loadPage(let id, let token, _):
                if let page = Fixture.pages[id] { send(.pageLoaded(pageID: id, token: token, .success(LoadedPage(page)))) }
            default:
                break
            }
        }
    }

    /// The page loads among the last effects.
    var pageLoads: [(id: String, token: RequestToken)] {
        effects.compactMap { effect in
            if case .loadPage(let id, let token, _) = effect { return (id, token) }
            return nil
        }
    }

    /// The nodes peeked at by the last effects, with the peek's token.
    var peeks: [(id: String, token: RequestToken)] {
        effects.flatMap { effect -> [(id: String, token: RequestToken)] in
            if case .peekChildren(let nodes, let token, _) = effect { return nodes.map { ($0.nodeID, token) } }
            return []
        }
    }

    /// The titles of the visible tree rows.
    var treeTitles: [String] {
        state.tree.model.rows.compactMap { $0.nodeID.flatMap { state.tree.model.nodes[$0]?.title } }
    }

    /// The screen text.
    var screen: String { AppView.grid(for: state, theme: Theme()).text }
}
