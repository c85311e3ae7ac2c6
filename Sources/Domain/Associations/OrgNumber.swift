/// A Swedish organisation number (organisationsnummer), NNNNNN-NNNN, checked with Luhn.
/// Parsed once at the edge; inside the app an `OrgNumber` is always valid.
public struct OrgNumber: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The ten digits without separator.
    public let digits: String

    public enum Problem: String, Sendable, Equatable, Error {
        /// Not ten digits (with or without the dash after the sixth).
        case wrongLength
        /// Something other than digits and one dash.
        case notDigits
        /// The third digit must be 2 or more for organisations.
        case thirdDigitTooLow
        /// The last digit does not match the Luhn check over the first nine.
        case checkDigitMismatch
    }

    public static func parse(_ raw: String) -> Result<OrgNumber, Problem> {
        var text = raw.trimmingWhitespace()
        guard text.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "-" }) else { return .failure(.notDigits) }
        let dashes = text.filter { $0 == "-" }.count
        if dashes == 1, text.count == 11, text[text.index(text.startIndex, offsetBy: 6)] == "-" {
            text.remove(at: text.index(text.startIndex, offsetBy: 6))
        } else if dashes > 0 {
            return .failure(text.count - dashes == 10 ? .notDigits : .wrongLength)
        }
        guard text.count == 10 else { return .failure(.wrongLength) }
        let values = text.compactMap { $0.wholeNumberValue }
        guard values[2] >= 2 else { return .failure(.thirdDigitTooLow) }
        guard luhnCheckDigit(Array(values.prefix(9))) == values[9] else { return .failure(.checkDigitMismatch) }
        return .success(OrgNumber(digits: text))
    }

    public init?(_ raw: String) {
        guard case .success(let number) = Self.parse(raw) else { return nil }
        self = number
    }

    private init(digits: String) { self.digits = digits }

    /// NNNNNN-NNNN, the form people write and read.
    public var formatted: String {
        "\(digits.prefix(6))-\(digits.suffix(4))"
    }

    public var description: String { formatted }

    /// The legal-form group from the first digit (2 public bodies, 7 economic associations, 8 non-profits).
    public var legalFormGroup: Int { digits.first?.wholeNumberValue ?? 0 }

    /// Luhn over nine digits: double every other digit starting with the first.
    public static func luhnCheckDigit(_ nine: [Int]) -> Int {
        var sum = 0
        for (index, digit) in nine.enumerated() {
            let weighted = index % 2 == 0 ? digit * 2 : digit
            sum += weighted > 9 ? weighted - 9 : weighted
        }
        return (10 - sum % 10) % 10
    }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let number = OrgNumber(raw) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "invalid organisation number"))
        }
        self = number
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(formatted)
    }
}
