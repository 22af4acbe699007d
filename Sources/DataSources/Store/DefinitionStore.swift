public import Foundation
public import LocalStore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The saved definitions: one file `sources/NAME.json` each, written atomically under a lock file.
///
/// Reads take no lock (every write replaces a whole file by rename). Writes hold `sources/.lock`, so
/// two processes saving at once cannot lose each other's update. A corrupt file is reported with its
/// path and line and is never overwritten; only `delete` removes it.
public struct DefinitionStore: Sendable {
    /// The `sources` directory.
    public let directory: URL
    /// How long a writer waits for another process's lock.
    public let lockTimeout: Duration

    /// A store in `configDirectory/sources`.
    public init(configDirectory: ConfigDirectory, lockTimeout: Duration = .seconds(10)) {
        self.init(directory: configDirectory.sourcesDirectory, lockTimeout: lockTimeout)
    }

    /// A store in `directory` itself.
    public init(directory: URL, lockTimeout: Duration = .seconds(10)) {
        self.directory = directory
        self.lockTimeout = lockTimeout
    }

    /// The file a definition of that name lives in.
    public func fileURL(for name: String) -> URL {
        directory.appendingPathComponent(name + ".json", isDirectory: false)
    }

    /// Every readable definition, plus a problem for each `*.json` file that is not one.
    public func list() throws(DefinitionStoreError) -> DefinitionListing {
        let names: [String]
        do {
            names = try DirectoryEntries.names(in: directory.path)
        } catch {
            if error.code == ENOENT { return DefinitionListing() }
            throw DefinitionStoreError(.fileSystem(error))
        }
        var listing = DefinitionListing()
        // Sorted by name, not file name: `adrs.json` sorts after `adrs-copy.json`, `adrs` before `adrs-copy`.
        let stems = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(".json".count)) }
        for stem in stems.sorted() {
            let path = directory.appendingPathComponent(stem + ".json").path
            if let problem = DefinitionName.problem(stem) {
                listing.problems.append(JSONFileProblem(path: path, line: nil, sentence: "the file name is not a definition name: \(problem)"))
                continue
            }
            switch readNaming(stem) {
            case .success(let (definition, writtenName)):
                listing.definitions.append(definition)
                if writtenName != stem { listing.namesInFiles[stem] = writtenName }
            case .failure(let problem):
                listing.problems.append(problem)
            }
        }
        return listing
    }

    /// The definition named `name`.
    ///
    /// The file name is the name: a different `name` inside the file (a file copied by hand, say) is replaced by it.
    public func show(_ name: String) throws(DefinitionStoreError) -> DataSourceDefinition {
        try checkName(name)
        return try readExisting(name)
    }

    /// Whether a file for `name` exists (readable or not).
    public func contains(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: fileURL(for: name).path)
    }

    /// Throws unless a file for `name` exists, readable or not (so a corrupt definition can still be deleted).
    public func checkExists(_ name: String) throws(DefinitionStoreError) {
        try checkName(name)
        guard contains(name) else { throw DefinitionStoreError(.notFound(name: name, path: fileURL(for: name).path)) }
    }

    /// Validates and writes `definition`; an existing file of that name is replaced only when `overwrite`
    /// is true and the file is readable (a corrupt one is left for the user to look at).
    public func save(_ definition: DataSourceDefinition, overwrite: Bool = true) async throws(DefinitionStoreError) {
        try Self.validate(definition)
        try await locked { () throws(DefinitionStoreError) in
            if !contains(definition.name) { try refuseCaseTwin(of: definition.name) }
            if contains(definition.name) {
                guard overwrite else { throw alreadyExists(definition.name) }
                if case .failure(let problem) = read(definition.name) {
                    throw DefinitionStoreError(.corruptTarget(problem))
                }
            }
            try write(definition)
        }
    }

    /// Gives the definition `name` the name `newName`: the file moves and the name inside it changes.
    public func rename(_ name: String, to newName: String) async throws(DefinitionStoreError) {
        try checkName(name)
        try checkName(newName)
        guard name != newName else {
            _ = try readExisting(name)  // nothing moves, but a definition that is not there cannot be renamed
            return
        }
        try await locked { () throws(DefinitionStoreError) in
            var definition = try readExisting(name)
            guard !contains(newName) else { throw alreadyExists(newName) }
            // A rename that changes only the case is the one file it was.
            if newName.lowercased() != name.lowercased() { try refuseCaseTwin(of: newName) }
            definition.name = newName
            try write(definition)
            if unlink(fileURL(for: name).path) != 0 {
                throw DefinitionStoreError(.fileSystem(.lastError("remove", path: fileURL(for: name).path)))
            }
            try syncDirectory()
        }
    }

    /// Copies the definition `name` to a new definition `newName` (its last preview included). A definition made
    /// invalid by hand is not copied: no command writes an invalid one.
    public func duplicate(_ name: String, as newName: String) async throws(DefinitionStoreError) {
        try checkName(name)
        try checkName(newName)
        try await locked { () throws(DefinitionStoreError) in
            var definition = try readExisting(name)
            try Self.validate(definition)
            guard !contains(newName) else { throw alreadyExists(newName) }
            try refuseCaseTwin(of: newName)
            definition.name = newName
            try write(definition)
        }
    }

    /// Removes the definition `name`; a corrupt file of that name is removed too (the user asked for it).
    public func delete(_ name: String) async throws(DefinitionStoreError) {
        try checkName(name)
        try await locked { () throws(DefinitionStoreError) in
            let path = fileURL(for: name).path
            if unlink(path) != 0 {
                if errno == ENOENT { throw DefinitionStoreError(.notFound(name: name, path: path)) }
                throw DefinitionStoreError(.fileSystem(.lastError("remove", path: path)))
            }
            try syncDirectory()
        }
    }

    /// Stores the outcome of a preview of the definition `name` in its file.
    public func recordPreview(_ name: String, count: Int, at date: Date) async throws(DefinitionStoreError) {
        try await update(name) { $0.lastPreview = PreviewRecord(count: count, at: date) }
    }

    /// Sets the loader options of the definition `name` in its file: those absent from `values` are left unset.
    public func setLoaderOptions(_ name: String, _ values: [LoaderOption: Bool]) async throws(DefinitionStoreError) {
        try await update(name) { $0.component.loaderOptions = values }
    }

    /// Points the definition `name` at `template`'s site and user through account `account`, keeping what it selects and
    /// its loader options (`ConfluenceDataSource.moved(onto:)`), `setting` those given; its last preview, counted
    /// elsewhere, is dropped.
    /// - Returns: the definition as saved.
    @discardableResult
    public func move(_ name: String, onto template: ConfluenceDataSource, account: String?,
                     setting options: [LoaderOption: Bool] = [:]) async throws(DefinitionStoreError) -> DataSourceDefinition {
        try await update(name) { definition in
            definition.component = definition.component.moved(onto: template)
            definition.component.loaderOptions.merge(options) { $1 }
            definition.account = account
            definition.lastPreview = nil
        }
    }

    /// Reads the definition `name`, changes it and writes it back, holding the lock throughout.
    @discardableResult
    private func update(_ name: String, _ change: (inout DataSourceDefinition) -> Void) async throws(DefinitionStoreError)
        -> DataSourceDefinition {
        try checkName(name)
        return try await locked { () throws(DefinitionStoreError) in
            var definition = try readExisting(name)
            change(&definition)
            try write(definition)
            return definition
        }
    }

    // MARK: - Internals

    /// The encoder for definition files: stable key order, ISO 8601 dates, unescaped slashes.
    static func encode(_ definition: DataSourceDefinition) throws(DefinitionStoreError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        do {
            return try encoder.encode(definition) + Data("\n".utf8)
        } catch {
            preconditionFailure("a definition always encodes: \(error)")
        }
    }

    /// The definition in the file for `name`, named `name` whatever name the file holds.
    private func read(_ name: String) -> Result<DataSourceDefinition, JSONFileProblem> {
        readNaming(name).map(\.definition)
    }

    /// `read`, with the name the file holds.
    private func readNaming(_ name: String) -> Result<(definition: DataSourceDefinition, writtenName: String), JSONFileProblem> {
        let path = fileURL(for: name).path
        let data: Data
        do {
            // A definition is kilobytes, a long list of page ids a megabyte or two; a device or a stray dump is not read.
            data = try Data(readingStoredFileAt: path, limit: 64 << 20)
        } catch {
            return .failure(JSONFileProblem(path: path, line: nil, sentence: "the file could not be read (\(error.cause))"))
        }
        return JSONFileDecoder.decode(DataSourceDefinition.self, from: data, path: path, subject: "a definition").map { definition in
            var named = definition
            named.name = name
            return (named, definition.name)
        }
    }

    private func readExisting(_ name: String) throws(DefinitionStoreError) -> DataSourceDefinition {
        guard contains(name) else { throw DefinitionStoreError(.notFound(name: name, path: fileURL(for: name).path)) }
        switch read(name) {
        case .success(let definition): return definition
        case .failure(let problem): throw DefinitionStoreError(.corrupt(problem))
        }
    }

    private func write(_ definition: DataSourceDefinition) throws(DefinitionStoreError) {
        let data = try Self.encode(definition)
        do {
            try AtomicFile.write(data, to: fileURL(for: definition.name), mode: 0o600)
        } catch {
            throw DefinitionStoreError(.fileSystem(error))
        }
    }

    private func syncDirectory() throws(DefinitionStoreError) {
        do {
            try AtomicFile.syncDirectory(directory.path)
        } catch {
            throw DefinitionStoreError(.fileSystem(error))
        }
    }

    private static func validate(_ definition: DataSourceDefinition) throws(DefinitionStoreError) {
        do {
            try definition.validate()
        } catch {
            throw DefinitionStoreError(.invalid(error))
        }
    }

    private func checkName(_ name: String) throws(DefinitionStoreError) {
        if let problem = DefinitionName.problem(name) {
            throw DefinitionStoreError(.invalidName(problem))
        }
    }

    /// Refuses a new name that differs only in case from a definition's: on a file system that ignores case (macOS,
    /// Windows) the two files would be one.
    private func refuseCaseTwin(of name: String) throws(DefinitionStoreError) {
        let file = name.lowercased() + ".json"
        let names = (try? DirectoryEntries.names(in: directory.path)) ?? []
        guard let twin = names.first(where: { $0.lowercased() == file && $0 != name + ".json" }) else { return }
        throw DefinitionStoreError(.caseTwin(name: name, existing: String(twin.dropLast(".json".count))))
    }

    private func alreadyExists(_ name: String) -> DefinitionStoreError {
        DefinitionStoreError(.alreadyExists(name: name, path: fileURL(for: name).path))
    }

    /// Runs `body` holding `sources/.lock`, creating the directory (mode 0700) first.
    private func locked<T>(_ body: () throws(DefinitionStoreError) -> T) async throws(DefinitionStoreError) -> T {
        do {
            try ConfigDirectory.createPrivateDirectory(directory)
            let lock = FileLock(url: directory.appendingPathComponent(".lock"))
            return try await lock.withLock(timeout: lockTimeout) { try body() }
        } catch let error as DefinitionStoreError {
            throw error
        } catch let error as FileSystemError {
            throw DefinitionStoreError(.fileSystem(error))
        } catch {
            throw DefinitionStoreError(.cancelled)
        }
    }
}
