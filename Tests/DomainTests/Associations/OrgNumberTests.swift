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

    @Test("Örebro municipality's own number is group 2")
    func municipality() {
        #expect(OrgNumber("212000-1967")?.legalFormGroup == 2)
    }

    @Test("each kind of mistake is named", arguments: [
        ("212000-1968", OrgNumber.Problem.checkDigitMismatch), ("212000-196", .wrongLength), ("21200019677", .wrongLength),
        ("211000-1967", .thirdDigitTooLow), ("21200a-1967", .notDigits), ("2120-001967", .notDigits), ("", .wrongLength),
        ("212000–1967", .notDigits),
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
