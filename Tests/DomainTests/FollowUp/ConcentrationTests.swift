import Testing
import Foundation
@testable import Domain

@Suite("How concentrated cooperation is over the register")
struct ConcentrationTests {
    /// The oracle: the Gini index as the mean absolute difference over every ordered pair,
    /// ΣᵢΣⱼ|xᵢ − xⱼ| / (2·n·Σx). Quadratic, and so plainly the definition that it needs no proof.
    static func bruteForceGini(_ values: [Int]) -> Double? {
        let total = values.reduce(0, +)
        guard !values.isEmpty, total > 0 else { return nil }
        var differences = 0
        for a in values { for b in values { differences += abs(a - b) } }
        return Double(differences) / (2 * Double(values.count) * Double(total))
    }

    static func close(_ a: Double?, _ b: Double?, within tolerance: Double = 1e-12) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= tolerance
    }

    @Test("one holder with everything among four gives 0.75, in both forms")
    func oneHolderHasAll() {
        // n = 4, Σx = 10, Σ i·x = 4·10 = 40: 2·40 / (4·10) − 5/4 = 2 − 1.25 = 0.75.
        #expect(Self.close(Concentration.gini([0, 0, 0, 10]), 0.75))
        #expect(Self.close(Concentration.gini([0: 3, 10: 1]), 0.75))
        #expect(Self.close(Self.bruteForceGini([0, 0, 0, 10]), 0.75))
    }

    @Test("equal holdings give 0")
    func equalHoldings() {
        #expect(Self.close(Concentration.gini([7, 7, 7, 7]), 0))
        #expect(Self.close(Concentration.gini([3: 250_000]), 0))
    }

    @Test("1 to 5 gives 4/15")
    func oneToFive() {
        // Σx = 15, Σ i·x = 1 + 4 + 9 + 16 + 25 = 55: 2·55 / (5·15) − 6/5 = 22/15 − 18/15 = 4/15 ≈ 0.2667.
        #expect(Self.close(Concentration.gini([5, 3, 1, 4, 2]), 4.0 / 15))
    }

    @Test("runs of equal values use the summed ranks")
    func runsOfEqualValues() {
        // 2, 2, 5, 5, 5: Σ i·x = 2·(1+2) + 5·(3+4+5) = 6 + 60 = 66, Σx = 19, n = 5:
        // 2·66 / (5·19) − 6/5 = 132/95 − 114/95 = 18/95. The oracle: 6 unlike pairs × 3 × 2 orders
        // = 36, over 2·5·19 = 190, is 18/95 too.
        #expect(Self.close(Concentration.gini([2: 2, 5: 3]), 18.0 / 95))
        #expect(Self.close(Self.bruteForceGini([2, 2, 5, 5, 5]), 18.0 / 95))
    }

    @Test("the histogram form agrees with the array form and the pairwise definition")
    func agreesWithOracle() {
        var random = SplitMix64(seed: 18)
        for round in 0..<5 {
            // Like the register: most associations hold nothing, a few hold much.
            let values = (0..<300).map { _ in random.next() % 3 == 0 ? Int(random.next() % UInt64(10 + round * 40)) : 0 }
            let histogram = values.reduce(into: [Int: Int]()) { $0[$1, default: 0] += 1 }
            #expect(Self.close(Concentration.gini(histogram), Self.bruteForceGini(values), within: 1e-9), "round \(round)")
            #expect(Self.close(Concentration.gini(values), Concentration.gini(histogram)), "round \(round)")
        }
    }

    @Test("no holders, or nothing held, has no index")
    func nothingHeld() {
        #expect(Concentration.gini([Int]()) == nil)
        #expect(Concentration.gini([0, 0, 0]) == nil)
        #expect(Concentration.gini([Int: Int]()) == nil)
        #expect(Concentration.gini([5: 0]) == nil)
    }

    @Test("the top tenth's share counts at least one holder")
    func topShare() {
        // 1…10: the top tenth of 10 holders is 1 holder with 10 of 55.
        let oneToTen = Dictionary(uniqueKeysWithValues: (1...10).map { ($0, 1) })
        #expect(Self.close(Concentration.topShare(oneToTen), 10.0 / 55))
        // 4 holders: ⌈0.4⌉ = 1, and that one holds all 10.
        #expect(Self.close(Concentration.topShare([0: 3, 10: 1]), 1))
        // 1, 2, 3, 4 with the top half: 4 + 3 = 7 of 10.
        #expect(Self.close(Concentration.topShare([1: 1, 2: 1, 3: 1, 4: 1], fraction: 0.5), 0.7))
        // A top share that cuts through a bucket: 20 holders of 0 and 5 of 8; the top 3 hold 24 of 40.
        #expect(Self.close(Concentration.topShare([0: 20, 8: 5], fraction: 0.1), 24.0 / 40))
        // A fraction of 0 still means the single largest holder; more than all means all.
        #expect(Self.close(Concentration.topShare(oneToTen, fraction: 0), 10.0 / 55))
        #expect(Self.close(Concentration.topShare(oneToTen, fraction: 2), 1))
    }

    @Test("the top count is not pushed up by binary rounding")
    func topShareRounding() {
        // 0.07 × 100 is 7.000000000000001 in binary; the top 7 of 1…100 hold 94 + … + 100 = 7·97 = 679 of 5 050.
        let oneToHundred = Dictionary(uniqueKeysWithValues: (1...100).map { ($0, 1) })
        #expect(Self.close(Concentration.topShare(oneToHundred, fraction: 0.07), 679.0 / 5050))
    }

    @Test("nothing held has no top share")
    func topShareEmpty() {
        #expect(Concentration.topShare([:]) == nil)
        #expect(Concentration.topShare([0: 40]) == nil)
    }
}
