/// The reference a person quotes when they call about an inquiry: `SAM-2026-00042`.
/// Numbered from 1 each year; five digits, more when a year needs them.
public struct InquiryReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let number: Int

    public init(year: Int, number: Int) {
        self.year = year
        self.number = number
    }

    /// Accepts the written form in any case, with spaces around it.
    public init?(_ text: String) {
        let parts = text.trimmingWhitespace().uppercased().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "SAM", parts[1].count == 4, parts[2].count >= 5, parts[2].count <= 9,
              parts[1].allSatisfy(\.isASCII), parts[2].allSatisfy(\.isASCII),
              let year = Int(parts[1]), let number = Int(parts[2]), year >= 2000, number > 0
        else { return nil }
        self.init(year: year, number: number)
    }

    public var description: String {
        let digits = String(number)
        return "SAM-\(year)-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    public static func < (lhs: InquiryReference, rhs: InquiryReference) -> Bool {
        (lhs.year, lhs.number) < (rhs.year, rhs.number)
    }
}
