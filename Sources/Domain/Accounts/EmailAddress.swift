/// An e-mail address that has been checked for a plausible shape and normalised to lower case.
/// Deliverability is proven by the confirmation link, not by this check.
public struct EmailAddress: Sendable, Hashable, Codable, CustomStringConvertible {
    public let value: String

    public init?(_ raw: String) {
        let trimmed = raw.trimmingWhitespace().lowercased()
        guard trimmed.utf8.count <= 254,
              let at = trimmed.lastIndex(of: "@"),
              at != trimmed.startIndex
        else { return nil }
        let local = trimmed[..<at]
        let domain = trimmed[trimmed.index(after: at)...]
        guard local.utf8.count <= 64, !local.contains("@"),
              domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix("."),
              !domain.contains(".."),
              trimmed.allSatisfy({ !$0.isWhitespace && $0 != "<" && $0 != ">" && $0 != "," && $0 != ";" }),
              domain.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }),
              local.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0 != "\"" && $0 != "\\" })
        else { return nil }
        value = trimmed
    }

    public var description: String { value }
}

extension StringProtocol {
    /// Trims spaces, tabs and newlines at both ends.
    public func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
