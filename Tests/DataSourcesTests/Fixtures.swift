import DataSources
import Foundation

/// Sample definitions and scratch directories shared by the tests.
enum Fixtures {
    /// A basic-auth space definition with every optional flag set.
    static var full: DataSourceDefinition {
        DataSourceDefinition(
            name: "eng-docs",
            account: "work",
            component: ConfluenceDataSource(
                serverURL: "https://example.atlassian.net/wiki",
                authenticationMechanism: .basic,
                userName: "me@example.com",
                spaceKey: "ENG",
                indexRestrictedPages: false,
                keepMarkdownFormat: true,
                failureHandling: FailureHandling(skipListFailures: true),
                supportsAccessControl: false,
                syncPermissions: true,
                className: "CloudConfluenceDataSource"
            )
        )
    }

    /// The smallest valid definition: server, mechanism and one selector.
    static var minimal: DataSourceDefinition {
        DataSourceDefinition(
            name: "minimal",
            component: ConfluenceDataSource(serverURL: "https://wiki.example.com", authenticationMechanism: .oauth2, pageIDs: "123,456")
        )
    }

    /// Text with every character class an escaper can get wrong.
    static let nastyText = "it's \"quoted\" \\ back\nnew\tline $HOME `date` ${x} é 日本 🚀 \u{2028} \u{01} \u{202E}rlo\u{202C} \u{9B}c1 z\u{200B}w tag\u{E0041}"
}
