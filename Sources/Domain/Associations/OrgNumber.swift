/// A Swedish organisation number (organisationsnummer), NNNNNN-NNNN, checked with Luhn.
/// Parsed once at the edge; inside the app an `OrgNumber` is always valid and has ten digits.
public struct OrgNumber: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The ten digits without separator.
    public let digits: String

    public enum Problem: String, Sendable, Equatable, Error {
        /// Neither ten digits nor twelve.
        case wrongLength
        /// Something other than digits, spaces between the groups and one dash before the last four.
        case notDigits
        /// Twelve digits that do not start with the century 16 that organisations are given.
        case centuryNotSixteen
        /// The third digit must be 2 or more for organisations.
        case thirdDigitTooLow
        /// The last digit does not match the Luhn check over the first nine.
        case checkDigitMismatch
    }

    /// Reads the forms registers and people write: `802002-4280`, `8020024280`, with the
    /// century `16802002-4280` or `168020024280`, and with spaces between the groups
    /// (`16 802002 4280`).
    public static func parse(_ raw: String) -> Result<OrgNumber, Problem> {
        let text = raw.trimmingWhitespace()
        guard text.allSatisfy({ isDigit($0) || $0 == "-" || isGroupSpace($0) }) else { return .failure(.notDigits) }
        var digits = text.filter(isDigit)
        guard digits.count == 10 || digits.count == 12 else { return .failure(.wrongLength) }
        guard isWrittenInGroups(text, length: digits.count) else { return .failure(.notDigits) }
        if digits.count == 12 {
            // The Tax Agency writes organisations with the century 16; 19 and 20 are people's.
            guard digits.hasPrefix("16") else { return .failure(.centuryNotSixteen) }
            digits.removeFirst(2)
        }
        let values = digits.compactMap { $0.wholeNumberValue }
        guard values[2] >= 2 else { return .failure(.thirdDigitTooLow) }
        guard luhnCheckDigit(Array(values.prefix(9))) == values[9] else { return .failure(.checkDigitMismatch) }
        return .success(OrgNumber(digits: digits))
    }

    static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }

    /// Spreadsheets put a no-break space where a person typed a space.
    static func isGroupSpace(_ character: Character) -> Bool { character == " " || character == "\u{00A0}" }

    /// Separators only between the groups — after the century, and between the first six digits
    /// and the last four, where one dash may stand — so a space inside a group is not a typo let through.
    static func isWrittenInGroups(_ text: String, length: Int) -> Bool {
        let breaks: Set<Int> = length == 12 ? [2, length - 4] : [length - 4]
        var seen = 0, dashes = 0
        for character in text {
            if isDigit(character) { seen += 1; continue }
            guard breaks.contains(seen) else { return false }
            if character == "-" {
                guard seen == length - 4, dashes == 0 else { return false }
                dashes += 1
            }
        }
        return true
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
