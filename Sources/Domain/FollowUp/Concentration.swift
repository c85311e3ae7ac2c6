import Foundation

/// How evenly cooperation is spread over the associations in the register (issue 18): whether a
/// few associations get most of the municipality's cooperations. The population is the whole
/// register, so the many associations that hold nothing count too; a measure over only the
/// active ones would hide exactly the unevenness the follow-up is meant to show.
///
/// Populations come as a histogram, value → how many holders have that value, because the
/// yearly figures are kept as counts (250 000 associations are a handful of buckets).
public enum Concentration {
    /// The Gini index, 0 when every holder has the same and near 1 when one holder has it all;
    /// nil when there are no holders or nothing is held. Values are ≥ 0.
    ///
    /// G = 2·Σ i·xᵢ / (n·Σx) − (n + 1)/n over the values in ascending order, i = 1…n. A bucket of
    /// c equal values starting after s holders takes the ranks s+1…s+c, whose sum is
    /// c·s + c(c+1)/2, so the cost is one sort of the distinct values, not one step per holder.
    public static func gini(_ histogram: [Int: Int]) -> Double? {
        let buckets = ascending(histogram)
        let holders = buckets.reduce(0) { $0 + $1.count }
        let total = buckets.reduce(0.0) { $0 + Double($1.value) * Double($1.count) }
        guard holders > 0, total > 0 else { return nil }
        var before = 0.0
        var weighted = 0.0
        for (value, count) in buckets {
            let c = Double(count)
            weighted += Double(value) * (c * before + c * (c + 1) / 2)
            before += c
        }
        let n = Double(holders)
        // Rounding can leave −1e-17 for a perfectly even population; the index is never negative.
        return max(0, 2 * weighted / (n * total) - (n + 1) / n)
    }

    /// The Gini index of a list of values, one per holder.
    public static func gini(_ values: [Int]) -> Double? {
        gini(histogram(values))
    }

    /// The share of everything held that the top ⌈fraction·n⌉ holders have (at least one holder);
    /// nil when nothing is held. The default answers "how much goes to the top tenth?".
    public static func topShare(_ histogram: [Int: Int], fraction: Double = 0.1) -> Double? {
        let buckets = ascending(histogram)
        let holders = buckets.reduce(0) { $0 + $1.count }
        let total = buckets.reduce(0.0) { $0 + Double($1.value) * Double($1.count) }
        guard holders > 0, total > 0 else { return nil }
        var remaining = min(holders, max(1, topCount(fraction, of: holders)))
        var top = 0.0
        for (value, count) in buckets.reversed() where remaining > 0 {
            let taken = min(count, remaining)
            top += Double(value) * Double(taken)
            remaining -= taken
        }
        return top / total
    }

    /// ⌈fraction·n⌉, forgiving the last bit of rounding: 0.07 × 100 is 7.000000000000001 in
    /// binary, and the top 7 % of 100 holders is 7 of them, not 8.
    static func topCount(_ fraction: Double, of holders: Int) -> Int {
        guard fraction.isFinite, fraction > 0 else { return 1 }
        let exact = fraction * Double(holders)
        return exact >= Double(holders) ? holders : Int((exact * (1 - 1e-12)).rounded(.up))
    }

    static func histogram(_ values: [Int]) -> [Int: Int] {
        values.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    /// Buckets that hold someone, smallest value first.
    static func ascending(_ histogram: [Int: Int]) -> [(value: Int, count: Int)] {
        histogram.filter { $0.value > 0 }.map { (value: $0.key, count: $0.value) }.sorted { $0.value < $1.value }
    }
}
