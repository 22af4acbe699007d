extension String {
    /// How many single-character edits turn this string into `other`: insertions, deletions, replacements and swaps of
    /// two neighbours (`lsit` is one edit from `list`), no part edited twice (optimal string alignment).
    func editDistance(to other: String) -> Int {
        let source = Array(self), target = Array(other)
        // distances[i][j]: the edits from the first i characters of this string to the first j of `other`.
        var distances = [Array(0...target.count)]
        for i in stride(from: 1, through: source.count, by: 1) {
            var row = [i]
            for j in stride(from: 1, through: target.count, by: 1) {
                let replace = distances[i - 1][j - 1] + (source[i - 1] == target[j - 1] ? 0 : 1)
                var best = Swift.min(distances[i - 1][j] + 1, row[j - 1] + 1, replace)
                if i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
                    best = Swift.min(best, distances[i - 2][j - 2] + 1)
                }
                row.append(best)
            }
            distances.append(row)
        }
        return distances[source.count][target.count]
    }
}
