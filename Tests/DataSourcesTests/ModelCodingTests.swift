import DataSources
import Foundation
import Testing

struct ModelCodingTests {
    private func encodeSorted<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func componentEncodesWithWireNamesAndOmitsAbsentFields() throws {
        var component = Fixtures.full.component
        component.apiToken = "tok"
        component.pageIDs = "1,2"
        component.cql = "type = page"
        component.label = "howto"
        let json = try encodeSorted(component)
        #expect(json == #"{"api_token":"tok","authentication_mechanism":"basic","class_name":"CloudConfluenceDataSource","cql":"type = page","failure_handling":{"skip_list_failures":true},"index_restricted_pages":false,"keep_markdown_format":true,"label":"howto","page_ids":"1,2","server_url":"https://example.atlassian.net/wiki","space_key":"ENG","supports_access_control":false,"sync_permissions":true,"user_name":"me@example.com"}"#)
        #expect(try encodeSorted(Fixtures.minimal.component) == #"{"authentication_mechanism":"oauth2","page_ids":"123,456","server_url":"https://wiki.example.com"}"#)
    }

    @Test func componentRoundTripsThroughTheWireForm() throws {
        var component = Fixtures.full.component
        component.apiToken = "tok"
        let data = try JSONEncoder().encode(component)
        #expect(try JSONDecoder().decode(ConfluenceDataSource.self, from: data) == component)
    }

    @Test func componentDecodesNullsAsAbsent() throws {
        let json = #"{"server_url":"https://x.example","authentication_mechanism":"basic","space_key":null,"cql":"a = b","user_name":null}"#
        let component = try JSONDecoder().decode(ConfluenceDataSource.self, from: Data(json.utf8))
        #expect(component.spaceKey == nil)
        #expect(component.userName == nil)
        #expect(component.selector == .cql("a = b"))
    }

    @Test func unknownAuthenticationMechanismDecodesAndIsReportedByValidation() throws {
        let json = #"{"server_url":"https://x.example","authentication_mechanism":"token","space_key":"ENG"}"#
        let component = try JSONDecoder().decode(ConfluenceDataSource.self, from: Data(json.utf8))
        #expect(component.authenticationMechanism.rawValue == "token")
        #expect(!component.authenticationMechanism.isKnown)
        let issues = DataSourceDefinition(name: "x", component: component).validationIssues()
        #expect(issues.map(\.sentence) == ["authentication_mechanism must be basic or oauth2"])
    }

    @Test func componentRejectsUnknownFieldsByName() {
        let json = #"{"server_url":"https://x.example","authentication_mechanism":"basic","space_keys":"ENG"}"#
        #expect {
            try JSONDecoder().decode(ConfluenceDataSource.self, from: Data(json.utf8))
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["space_keys"]
                && context.debugDescription.hasPrefix("the component has an unknown field \"space_keys\"")
        }
    }

    @Test func missingRequiredFieldFailsToDecode() {
        let json = #"{"authentication_mechanism":"basic","space_key":"ENG"}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ConfluenceDataSource.self, from: Data(json.utf8))
        }
    }

    @Test func definitionFileFormRoundTripsAndNeverWritesTheToken() throws {
        var definition = Fixtures.full
        definition.lastPreview = PreviewRecord(count: 42, at: Date(timeIntervalSince1970: 1_800_000_000))
        let json = try encodeSorted(definition)
        #expect(json == #"{"account":"work","component":{"authentication_mechanism":"basic","class_name":"CloudConfluenceDataSource","failure_handling":{"skip_list_failures":true},"index_restricted_pages":false,"keep_markdown_format":true,"server_url":"https://example.atlassian.net/wiki","space_key":"ENG","supports_access_control":false,"sync_permissions":true,"user_name":"me@example.com"},"last_preview":{"at":"2027-01-15T08:00:00Z","count":42},"name":"eng-docs","source_type":"CONFLUENCE"}"#)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        #expect(try decoder.decode(DataSourceDefinition.self, from: Data(json.utf8)) == definition)

        var withSecret = definition
        withSecret.component.apiToken = "s3cret-token"
        #expect(!(try encodeSorted(withSecret)).contains("s3cret-token"))
    }

    @Test func definitionFileWithATokenIsRejected() {
        let json = #"{"name":"x","source_type":"CONFLUENCE","component":{"server_url":"https://x.example","authentication_mechanism":"basic","api_token":"s3cret","space_key":"A"}}"#
        #expect {
            try JSONDecoder().decode(DataSourceDefinition.self, from: Data(json.utf8))
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["component", "api_token"] && !context.debugDescription.contains("s3cret")
        }
    }

    @Test func definitionFileWithAnotherSourceTypeIsRejected() {
        let json = #"{"name":"x","source_type":"S3","component":{"server_url":"https://x.example","authentication_mechanism":"basic","space_key":"A"}}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(DataSourceDefinition.self, from: Data(json.utf8))
        }
    }
}
