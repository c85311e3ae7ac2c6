import Testing
import Foundation
@testable import Domain

@Suite("The question form's checks")
struct InquiryDraftTests {
    static let district = DistrictID.make()
    static let association = AssociationID.make()
    static let complete: [String: String] = [
        "topic": "premises", "question": "Finns det en lokal?", "name": "Kim", "email": "kim@example.org", "channel": "email",
        "receivedVia": "web",
    ]

    static func read(_ fields: [String: String]) -> Result<InquiryDraft, FieldErrors> {
        InquiryDraft.read(FormFields(fields), knownDistricts: [district], ownAssociations: [association])
    }

    /// The problems a change to the complete form brings: field → message key.
    static func problems(_ change: (inout [String: String]) -> Void) -> [String: String] {
        var fields = complete
        change(&fields)
        switch read(fields) {
        case .success: return [:]
        case .failure(let problems): return Dictionary(problems.errors.map { ($0.field, $0.messageKey) }) { first, _ in first }
        }
    }

    @Test("a complete question passes, with its values trimmed and its ids typed")
    func valid() throws {
        #expect(Self.problems { _ in } == [:])
        let draft = try Self.read([
            "topic": "unknown", "question": "  Hej \n", "districtID": Self.district.description.uppercased(),
            "associationID": Self.association.description, "name": " Kim ", "phone": "019-21 10 00", "channel": "phone",
            "receivedVia": "visit",
        ]).get()
        #expect(draft.question == "Hej" && draft.name == "Kim" && draft.topic == .unknown && draft.receivedVia == .visit)
        #expect(draft.districtID == Self.district && draft.associationID == Self.association && draft.email == nil)
    }

    @Test("bad input names the field and says what is wrong")
    func problems() {
        #expect(Self.problems { $0["question"] = "   " } == ["question": "error.required"])
        #expect(Self.problems { $0["question"] = String(repeating: "å", count: 20_000) } == ["question": "error.tooLong"])
        #expect(Self.problems { $0["question"] = "Hej\u{0}" } == ["question": "error.invalidCharacters"])
        #expect(Self.problems { $0["email"] = "inte en adress" } == ["email": "error.email"])
        #expect(Self.problems { $0["email"] = "" } == ["email": "error.inquiry.emailForAnswer"])
        #expect(Self.problems { $0["channel"] = "phone" } == ["phone": "error.inquiry.phoneForAnswer"])
        #expect(Self.problems { $0["channel"] = "phone"; $0["phone"] = "ring mig" } == ["phone": "error.phone"])
        #expect(Self.problems { $0["channel"] = "letter" } == ["address": "error.inquiry.addressForAnswer"])
        #expect(Self.problems { $0["channel"] = "pigeon" } == ["channel": "error.choose"])
        #expect(Self.problems { $0["topic"] = nil } == ["topic": "error.choose"])
        #expect(Self.problems { $0["name"] = "" } == ["name": "error.required"])
        #expect(Self.problems { $0["districtID"] = UUID().uuidString } == ["districtID": "error.choose"])
        #expect(Self.problems { $0["districtID"] = "Vivalla" } == ["districtID": "error.choose"])
        #expect(Self.problems { $0["associationID"] = UUID().uuidString } == ["associationID": "error.choose"])
        #expect(Self.problems { $0["receivedVia"] = "fax" } == ["receivedVia": "error.choose"])
    }
}
