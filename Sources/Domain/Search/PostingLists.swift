import Foundation

/// Sorted lists of positions, one per term of a search, and the positions every list holds:
/// a search's matches in directory order (PostgreSQL's `directory_postings`).
public enum PostingLists {
    public struct Malformed: Error {}

    /// A list from PostgreSQL's binary form of a `bigint[]` (`array_send`): its dimensions, then
    /// each element as a length and eight bytes, all big-endian.
    public static func unpacked(_ data: some ContiguousBytes) throws -> [Int64] {
        try data.withUnsafeBytes { bytes in
            func int32(_ offset: Int) throws -> Int {
                guard offset + 4 <= bytes.count else { throw Malformed() }
                return Int(Int32(bigEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)))
            }
            let dimensions = try int32(0)
            guard dimensions == 1 else { if dimensions == 0 { return [] } else { throw Malformed() } }
            let count = try int32(12)
            guard count >= 0, bytes.count == 20 + count * 12 else { throw Malformed() }
            var list = [Int64](repeating: 0, count: count)
            for index in 0..<count {
                let offset = 20 + index * 12
                guard try int32(offset) == 8 else { throw Malformed() }
                list[index] = Int64(bigEndian: bytes.loadUnaligned(fromByteOffset: offset + 4, as: Int64.self))
            }
            return list
        }
    }

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
