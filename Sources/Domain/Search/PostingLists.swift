/// Sorted lists of positions, one per term of a search, and the positions every list holds:
/// a search's matches in directory order (PostgreSQL's `directory_postings`).
public enum PostingLists {
    /// One sorted list from the chunks of one or more lists: one list's chunks come in order and
    /// are only joined; those of several lexemes (a prefix that matched them) are sorted together.
    public static func merged(_ chunks: [[Int64]]) -> [Int64] {
        var all = chunks.count == 1 ? chunks[0] : chunks.flatMap { $0 }
        if zip(all, all.dropFirst()).allSatisfy({ $0 < $1 }) { return all }
        all.sort()
        var kept: [Int64] = []
        kept.reserveCapacity(all.count)
        for value in all where kept.last != value { kept.append(value) }
        return kept
    }

    /// The positions every list holds, in order; none when there are no lists. The shortest
    /// list is walked and each of its positions looked for in the others from where the last
    /// search ended (doubling steps, then halving), so a short list costs little against a long one.
    public static func intersection(_ lists: [[Int64]]) -> [Int64] {
        guard var result = lists.min(by: { $0.count < $1.count }) else { return [] }
        for list in lists.sorted(by: { $0.count < $1.count }).dropFirst() where !result.isEmpty {
            var start = 0
            result = result.filter { value in
                start = Self.lowerBound(of: value, in: list, from: start)
                return start < list.count && list[start] == value
            }
        }
        return result
    }

    /// The first index at or after `from` whose value is not less than `value`.
    static func lowerBound(of value: Int64, in list: [Int64], from: Int) -> Int {
        var low = from, step = 1
        while low + step < list.count && list[low + step] < value { low += step; step *= 2 }
        var high = min(low + step, list.count)
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
