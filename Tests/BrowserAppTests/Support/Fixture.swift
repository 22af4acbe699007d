import BrowserApp
import Foundation

/// The fixture site: spaces, tree and pages with CJK and emoji.
enum Fixture {
    static let spaces = [
        SpaceSummary(key: "ENG", name: "Engineering", type: "global", status: "current"),
        SpaceSummary(key: "DSN", name: "デザイン 設計チーム", type: "global", status: "current"),
        SpaceSummary(key: "~alice", name: "Alice 🚀 notes", type: "personal", status: "current"),
        SpaceSummary(key: "OLD", name: "Old archive", type: "global", status: "archived"),
    ]

    static let roots: [String: [String]] = ["ENG": ["1", "2", "3"], "DSN": ["40"], "~alice": [], "OLD": []]

    static let nodes: [String: FixtureBackend.Node] = [
        "1": .init(item: TreeItem(id: "1", title: "Getting started"), children: ["11", "12"]),
        "11": .init(item: TreeItem(id: "11", title: "Install 安装", childCount: 0), children: []),
        "12": .init(item: TreeItem(id: "12", title: "Emoji guide 🎉👍", childCount: 0), children: []),
        "2": .init(item: TreeItem(id: "2", title: "Architecture 架构"), children: ["21", "22"]),
        "21": .init(item: TreeItem(id: "21", kind: .folder, title: "Diagrams"), children: ["211"]),
        "211": .init(item: TreeItem(id: "211", title: "Sequence 序列図", childCount: 0), children: []),
        "22": .init(item: TreeItem(id: "22", title: "API 設計 guide", childCount: 0), children: []),
        "3": .init(item: TreeItem(id: "3", title: "Release notes 🚀", childCount: 0), children: []),
        "40": .init(item: TreeItem(id: "40", title: "デザインシステム", childCount: 0), children: []),
    ]

    static let modified = Date(timeIntervalSince1970: 1_740_000_000)

    static let pages: [String: PageDetail] = {
        var pages: [String: PageDetail] = [:]
        for (id, node) in nodes where node.item.kind == .page {
            pages[id] = PageDetail(id: id, title: node.item.title, spaceKey: id == "40" ? "DSN" : "ENG",
                                   labels: ["docs"], author: "Alice Example", lastModified: modified, version: 3,
                                   webURL: "https://example.atlassian.net/wiki/spaces/ENG/pages/\(id)",
                                   storageBody: "<p>Body of page \(id).</p>")
        }
        pages["22"] = PageDetail(
            id: "22", title: "API 設計 guide", spaceKey: "ENG", ancestors: [PageReference(id: "2", title: "Architecture 架构")],
            labels: ["api", "設計", "🚀launch"], author: "Alice Example", lastModified: modified, version: 7,
            webURL: "https://example.atlassian.net/wiki/spaces/ENG/pages/22/API",
            storageBody: """
            <h1>Overview 概要</h1>
            <p>The API uses <strong>JSON</strong> over HTTPS. 日本語の説明もあります。 Emoji: 🎉 👍🏽 🇯🇵.</p>
            <ul><li>Authentication with tokens</li><li>Pagination with <code>cursor</code></li><li>Rate limits: 429 means retry</li></ul>
            <h2>Example</h2>
            <ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[GET /wiki/api/v2/pages?limit=25]]></ac:plain-text-body></ac:structured-macro>
            <p>See the retry section for retry rules. Retry after the delay.</p>
            <table><tbody><tr><th>Code</th><th>Meaning</th></tr><tr><td>200</td><td>OK 成功</td></tr><tr><td>429</td><td>Too many requests</td></tr></tbody></table>
            """)
        return pages
    }()
}
