import Testing
import Foundation
@testable import Domain

/// The intersection of posting lists against the plain answer: a set of each list, in order.
@Suite("Posting lists: merged and intersected as sets would be")
struct PostingListsTests {
    /// A seeded random sorted list of distinct positions, `count` long, within `0..<range`.
    func list(_ count: Int, within range: Int64, _ random: inout SplitMix64) -> [Int64] {
        var values = Set<Int64>()
        while values.count < count { values.insert(Int64.random(in: 0..<range, using: &random)) }
        return values.sorted()
    }

    @Test("random lists of very different lengths, two to four at a time")
    func intersections() {
        var random = SplitMix64(seed: 5)
        for round in 0..<200 {
            // Dense lists (within 2 × their length) and sparse ones (within 10 000 or more).
            let lists = (0..<(2 + round % 3)).map { _ in
                let count = [0, 1, 3, 40, 700, 5_000].randomElement(using: &random)!
                return list(count, within: Int64(max(2 * count, [50, 10_000].randomElement(using: &random)!)), &random)
            }
            let expected = lists.dropFirst().reduce(Set(lists[0])) { $0.intersection($1) }.sorted()
            #expect(PostingLists.intersection(lists) == expected, "round \(round)")
        }
        #expect(PostingLists.intersection([]).isEmpty)
        #expect(PostingLists.intersection([[1, 5, 9]]) == [1, 5, 9])
    }

    @Test("chunks of one list are joined; several lists are sorted together without repeats")
    func merging() {
        #expect(PostingLists.merged([[1, 2], [7, 9], [12]]) == [1, 2, 7, 9, 12])
        #expect(PostingLists.merged([[1, 7], [2, 7, 30], [], [3]]) == [1, 2, 3, 7, 30])
        #expect(PostingLists.merged([]).isEmpty)
        #expect(PostingLists.merged([[4]]) == [4])
    }

    @Test("PostgreSQL's binary array, as `array_send(ARRAY[1, 2]::bigint[])` gives it; empty; cut short")
    func unpacking() throws {
        func bytes(_ hex: String) -> [UInt8] {
            stride(from: 0, to: hex.count, by: 2).map { UInt8(hex.dropFirst($0).prefix(2), radix: 16)! }
        }
        let two = bytes("0000000100000000000000140000000200000001000000080000000000000001000000080000000000000002")
        #expect(try PostingLists.unpacked(two) == [1, 2])
        #expect(try PostingLists.unpacked(bytes("000000000000000000000014")).isEmpty)
        #expect(throws: PostingLists.Malformed.self) { try PostingLists.unpacked(Array(two.dropLast(3))) }
    }
}
