extension Site {
    /// A body as Data Center stores it: a user mention names the user by key (`ri:userkey`), as no Data Center site
    /// knows Cloud account ids. The site's bodies are written for Cloud, so the Data Center flavour serves them
    /// through this; an id that no user has is left as written.
    func withUserKeys(_ storage: String) -> String {
        let marker = #"ri:account-id=""#
        guard storage.contains(marker) else { return storage }
        var result = ""
        var rest = storage[...]
        while let found = rest.range(of: marker), let close = rest[found.upperBound...].firstIndex(of: "\"") {
            result += rest[..<found.lowerBound]
            if let user = user(accountId: String(rest[found.upperBound..<close])) {
                result += #"ri:userkey=""# + user.userKey + "\""
            } else {
                result += rest[found.lowerBound...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
