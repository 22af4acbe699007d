extension ConfluenceClient {
    /// One user by account id, key or name (`/rest/api/user`); a user the site does not know is a `.notFound` error.
    public func user(_ identifier: UserIdentifier) async throws(ConfluenceError) -> User {
        let (name, value) = identifier.query
        return try await executor.get(V1.Person.self, v1("/user", [name: value])).value.model
    }
}
