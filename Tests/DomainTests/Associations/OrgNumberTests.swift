import Testing
@testable import Domain

@Suite("Organisation numbers: format and Luhn")
struct OrgNumberTests {
    @Test("valid numbers in both spellings", arguments: ["212000-1967", "2120001967", "802002-4280", " 556036-0793 "])
    func valid(raw: String) throws {
        let number = try #require(OrgNumber(raw))
        #expect(number.formatted.count == 11)
        #expect(number.formatted.dropFirst(6).first == "-")
    }

    @Test("with the century 16 and with spaces between the groups, the same ten digits", arguments: [
        "16802002-4280", "168020024280", "16 802002-4280", "16 802002 4280", "802002 4280", "802002 - 4280", "16802002 -4280",
        "802002\u{00A0}4280", " 16802002-4280\t",
    ])
    func writtenAsRegistersDo(raw: String) throws {
        let number = try #require(OrgNumber(raw), "\(raw) was refused")
        #expect(number.formatted == "802002-4280")
        #expect(number == OrgNumber("8020024280"))
    }

    @Test("every ten-digit number reads the same with 16 in front, and nothing else in front")
    func centuryPrefix() {
        for nine in stride(from: 202_000_000, to: 999_999_999, by: 7_777_777) where String(nine).dropFirst(2).first! >= "2" {
            let digits = String(nine) + String(OrgNumber.luhnCheckDigit(String(nine).compactMap(\.wholeNumberValue)))
            let plain = OrgNumber(digits)
            #expect(plain != nil, "\(digits)")
            #expect(OrgNumber("16" + digits) == plain, "16\(digits)")
            for century in ["19", "20", "00", "61", "15"] {
                #expect(OrgNumber.parse(century + digits) == .failure(.centuryNotSixteen), "\(century)\(digits)")
            }
        }
    }

    @Test("Örebro municipality's own number is group 2")
    func municipality() {
        #expect(OrgNumber("212000-1967")?.legalFormGroup == 2)
    }

    @Test("each kind of mistake is named", arguments: [
        ("212000-1968", OrgNumber.Problem.checkDigitMismatch), ("212000-196", .wrongLength), ("21200019677", .wrongLength),
        ("211000-1967", .thirdDigitTooLow), ("21200a-1967", .notDigits), ("2120-001967", .notDigits), ("", .wrongLength),
        ("212000–1967", .notDigits),
        ("198002024280", .centuryNotSixteen), ("20802002-4280", .centuryNotSixteen), ("16802002-4281", .checkDigitMismatch),
        ("16800002-4280", .thirdDigitTooLow), ("1680200242800", .wrongLength), ("16-802002-4280", .notDigits),
        ("8020 024280", .notDigits), ("802002-42 80", .notDigits), ("1680 2002-4280", .notDigits), ("802002--4280", .notDigits),
        ("16802002-4280-", .notDigits),
    ])
    func invalid(raw: String, problem: OrgNumber.Problem) {
        guard case .failure(let found) = OrgNumber.parse(raw) else {
            Issue.record("\(raw) was accepted")
            return
        }
        #expect(found == problem)
    }

    @Test("the Luhn digit catches every single-digit change of a valid number")
    func luhnCatchesTypos() {
        let digits = Array("2120001967")
        for index in 0..<10 {
            for replacement in "0123456789" where replacement != digits[index] {
                var changed = digits
                changed[index] = replacement
                let text = String(changed)
                if case .success = OrgNumber.parse(text) { Issue.record("\(text) passed") }
            }
        }
    }
}
