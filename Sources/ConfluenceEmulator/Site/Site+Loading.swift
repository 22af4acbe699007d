public import Foundation

extension Site {
    private struct SiteFile: Decodable {
        var title: String
        var users: [SiteUser]
    }

    private struct SpaceFile: Decodable {
        var id: String
        var key: String
        var name: String
        var type: SiteSpace.Kind
        var status: SiteSpace.Status?
        var description: String?
        var homepageId: String?
        var createdAt: String
        var authorId: String
    }

    private struct ContentFile: Decodable {
        var id: String
        var type: SiteContent.Kind
        var title: String
        var parentId: String?
        var position: Int
        var status: SiteContent.Status?
        var labels: [String]?
        var authorId: String
        var createdAt: String
        var lastModifierId: String?
        var modifiedAt: String?
        var version: Int?
        var attachments: [SiteAttachment]?
    }

    /// Reads a site directory in the documented format (site.json, spaces/KEY/space.json, pages.json, bodies/ID.xml).
    public static func load(directory: URL) throws(SiteError) -> Site {
        let siteFile: SiteFile = try decode(directory.appendingPathComponent("site.json"))
        let spacesRoot = directory.appendingPathComponent("spaces")
        let keys: [String]
        do {
            keys = try FileManager.default.contentsOfDirectory(atPath: spacesRoot.path)
                .filter { !$0.hasPrefix(".") }
                .sorted()
        } catch {
            throw .unreadable(spacesRoot.path, "\(error.localizedDescription)")
        }
        var spaces: [SiteSpace] = []
        var contents: [SiteContent] = []
        var bodies: [String: String] = [:]
        for key in keys {
            let folder = spacesRoot.appendingPathComponent(key)
            let spacePath = folder.appendingPathComponent("space.json")
            let file: SpaceFile = try decode(spacePath)
            guard file.key == key else {
                throw .malformed(spacePath.path, "key \(file.key) does not match folder name \(key)")
            }
            spaces.append(SiteSpace(id: file.id, key: file.key, name: file.name, kind: file.type,
                                    status: file.status ?? .current, description: file.description ?? "",
                                    homepageId: file.homepageId,
                                    createdAt: try timestamp(file.createdAt, in: spacePath),
                                    authorId: file.authorId))
            let pagesPath = folder.appendingPathComponent("pages.json")
            let items: [ContentFile] = try decode(pagesPath)
            for item in items {
                let created = try timestamp(item.createdAt, in: pagesPath)
                var modified: Timestamp?
                if let text = item.modifiedAt { modified = try timestamp(text, in: pagesPath) }
                contents.append(SiteContent(
                    id: item.id, kind: item.type, title: item.title, spaceKey: key, parentId: item.parentId,
                    position: item.position, status: item.status ?? .current, labels: item.labels ?? [],
                    authorId: item.authorId, createdAt: created, lastModifierId: item.lastModifierId,
                    modifiedAt: modified,
                    version: item.version ?? 1, attachments: item.attachments ?? []))
                if item.type == .page {
                    let bodyPath = folder.appendingPathComponent("bodies").appendingPathComponent("\(item.id).xml")
                    do {
                        bodies[item.id] = try String(contentsOf: bodyPath, encoding: .utf8)
                    } catch {
                        throw .unreadable(bodyPath.path, "the body of page \(item.id) is missing or not UTF-8")
                    }
                }
            }
        }
        return try Site(title: siteFile.title, users: siteFile.users, spaces: spaces, contents: contents, bodies: bodies)
    }

    private static func decode<T: Decodable>(_ url: URL) throws(SiteError) -> T {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(url.path, "the file is missing or unreadable")
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .malformed(url.path, "missing field \(key.stringValue) at \(pathText(context.codingPath))")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
                let DecodingError.dataCorrupted(context) {
            throw .malformed(url.path, "\(context.debugDescription) at \(pathText(context.codingPath))")
        } catch {
            throw .malformed(url.path, "\(error)")
        }
    }

    private static func pathText(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "the top level" : path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }

    private static func timestamp(_ text: String, in url: URL) throws(SiteError) -> Timestamp {
        guard let value = Timestamp(parsing: text) else {
            throw .malformed(url.path, "\"\(text)\" is not an ISO 8601 time")
        }
        return value
    }
}
