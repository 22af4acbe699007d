extension Site {
    /// Generates a deterministic site of `pages` pages (and some folders); the same options give the same site.
    public static func synthetic(pages: Int, seed: UInt64 = 1, spaces: Int? = nil) -> Site {
        synthetic(SyntheticOptions(pages: pages, seed: seed, spaces: spaces))
    }

    /// Generates a deterministic site from options.
    public static func synthetic(_ options: SyntheticOptions) -> Site {
        var random = SeededRandom(seed: options.seed)
        let vocabulary = SyntheticVocabulary.self
        let users: [SiteUser] = (0..<40).map { index in
            let first = vocabulary.firstNames[index % vocabulary.firstNames.count]
            let last = vocabulary.lastNames[(index * 7) % vocabulary.lastNames.count]
            let handle = "\(first.lowercased()).\(last.lowercased())\(index)"
            return SiteUser(accountId: "5b10a2844c20165700ede" + hex(index, width: 3),
                            userKey: "ff8080817b0a1c2e017b0a1c8e2f" + hex(index, width: 4),
                            username: handle, displayName: "\(first) \(last)", email: "\(handle)@example.com")
        }
        let spaceCount = options.resolvedSpaceCount
        let start = Timestamp(year: 2019, month: 1, day: 1)
        let end = Timestamp(year: 2025, month: 10, day: 1)
        let span = end.secondsSince1970 - start.secondsSince1970
        var spaces: [SiteSpace] = []
        for index in 0..<spaceCount {
            let team = vocabulary.teams[index % vocabulary.teams.count]
            let suffix = index < vocabulary.teams.count ? "" : String(index / vocabulary.teams.count + 1)
            let key = String(team.uppercased().prefix(4)) + suffix
            spaces.append(SiteSpace(id: String(100_000 + index), key: key, name: "\(team)\(suffix.isEmpty ? "" : " \(suffix)")",
                                    kind: .global, status: .current,
                                    description: "Synthetic space of the \(team) team.",
                                    homepageId: nil, createdAt: start, authorId: users[index % users.count].accountId))
        }
        let folderEvery = options.includeFolders ? 100 : Int.max
        var contents: [SiteContent] = []
        contents.reserveCapacity(options.pages + options.pages / 100 + spaceCount)
        var nextId = 1_000_000
        var nextAttachment = 5_000_000
        var childCounts: [Int] = []
        var depths: [Int] = []
        var parents: [Int] = []
        childCounts.reserveCapacity(contents.capacity)
        depths.reserveCapacity(contents.capacity)
        for space in 0..<spaceCount {
            let pagesHere = options.pages / spaceCount + (space < options.pages % spaceCount ? 1 : 0)
            guard pagesHere > 0 else { continue }
            let first = contents.count
            var made = 0
            var rootCount = 0
            while made < pagesHere {
                let local = contents.count - first
                let isFolder = local > 0 && local % folderEvery == folderEvery / 2
                var parent = -1
                if local > 0 && random.unit() > 0.004 {
                    parent = random.unit() < 0.15 ? first : first + random.int(in: 0...(local - 1))
                    while depths[parent] >= 9 { parent = parents[parent] }
                }
                let position: Int
                if parent >= 0 {
                    position = childCounts[parent]
                    childCounts[parent] += 1
                } else {
                    position = rootCount
                    rootCount += 1
                }
                let created = start.adding(seconds: Int(random.unit() * Double(span)))
                let modified = min(end, created.adding(seconds: Int(random.unit() * random.unit() * 63_072_000)))
                let author = users[random.skewedIndex(users.count)].accountId
                let modifier = random.unit() < 0.6 ? author : users[random.skewedIndex(users.count)].accountId
                var labels: [String] = []
                for _ in 0..<random.int(in: 0...3) {
                    let label = vocabulary.labels[random.skewedIndex(vocabulary.labels.count)]
                    if !labels.contains(label) { labels.append(label) }
                }
                var attachments: [SiteAttachment] = []
                if !isFolder && random.unit() < 0.1 {
                    for _ in 0..<random.int(in: 1...3) {
                        let (name, type) = random.pick(vocabulary.attachmentNames)
                        attachments.append(SiteAttachment(id: "att\(nextAttachment)", title: name, mediaType: type,
                                                          fileSize: random.int(in: 2_000...2_000_000)))
                        nextAttachment += 1
                    }
                }
                let title = local == 0 ? "\(spaces[space].name) Home"
                    : isFolder ? "\(random.pick(vocabulary.documentKinds))s"
                    : syntheticTitle(&random, created: created, serial: nextId)
                contents.append(SiteContent(
                    id: String(nextId), kind: isFolder ? .folder : .page, title: title, spaceKey: spaces[space].key,
                    parentId: parent >= 0 ? contents[parent].id : nil, position: position,
                    status: random.unit() < 0.01 ? .archived : .current, labels: isFolder ? [] : labels,
                    authorId: author, createdAt: local == 0 ? start : created, lastModifierId: modifier,
                    modifiedAt: local == 0 ? start : max(created, modified), version: random.int(in: 1...30),
                    attachments: attachments))
                childCounts.append(0)
                depths.append(parent >= 0 ? depths[parent] + 1 : 0)
                parents.append(parent)
                nextId += 1
                if !isFolder { made += 1 }
            }
            contents[first].status = .current
            spaces[space].homepageId = contents[first].id
        }
        // Each item is checked by construction; a failure here is a generator bug.
        do {
            return try Site(title: "Synthetic site (\(options.pages) pages, seed \(options.seed))", users: users,
                            spaces: spaces, contents: contents,
                            bodySource: .synthetic(SyntheticBodyWriter(seed: options.seed, medianBytes: options.medianBodyBytes)))
        } catch {
            preconditionFailure("synthetic site generator produced an inconsistent site: \(error)")
        }
    }

    private static func syntheticTitle(_ random: inout SeededRandom, created: Timestamp, serial: Int) -> String {
        let vocabulary = SyntheticVocabulary.self
        let team = random.pick(vocabulary.teams)
        let subject = random.pick(vocabulary.subjects)
        let day = String(created.iso8601.prefix(10))
        switch random.int(in: 0...5) {
        case 0: return "\(day) \(team) meeting notes (\(serial))"
        case 1: return "Release notes \(random.int(in: 1...9)).\(random.int(in: 0...20)).\(random.int(in: 0...9)) (\(serial))"
        case 2: return "Runbook: \(subject) (\(serial))"
        default: return "\(team) \(subject): \(random.pick(vocabulary.documentKinds).lowercased()) (\(serial))"
        }
    }

    private static func hex(_ value: Int, width: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
