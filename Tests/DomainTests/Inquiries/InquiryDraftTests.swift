import Testing
import Foundation
@testable import Domain

@Suite("The question form's checks")
struct InquiryDraftTests {
    static let district = UUID().uuidString.lowercased()
    static let association = UUID().uuidString.lowercased()

    static func check(_ change: (inout InquiryDraft) -> Void) -> [String: String] {
        var draft = InquiryDraft(topic: "premises", question: "Finns det en lokal?", name: "Kim", email: "kim@example.org", channel: "email")
        change(&draft)
        switch draft.check(knownDistricts: [district], ownAssociations: [association]) {
        case .success: return [:]
        case .failure(let problems): return Dictionary(problems.errors.map { ($0.field, $0.messageKey) }) { first, _ in first }
        }
    }

    @Test("a complete question passes, with its values trimmed")
    func valid() throws {
        #expect(Self.check { _ in } == [:])
        let draft = InquiryDraft(topic: "unknown", question: "  Hej \n", districtID: Self.district.uppercased(), associationID: Self.association,
                                 name: " Kim ", phone: "019-21 10 00", channel: "phone", receivedVia: "visit")
        let checked = try draft.check(knownDistricts: [Self.district], ownAssociations: [Self.association]).get()
        #expect(checked.question == "Hej" && checked.name == "Kim" && checked.topic == .unknown && checked.receivedVia == .visit)
        #expect(checked.districtID == Self.district && checked.associationID == Self.association && checked.email == nil)
    }

    @Test("bad input names the field and says what is wrong")
    func problems() {
        #expect(Self.check { $0.question = "   " } == ["question": "error.required"])
        #expect(Self.check { $0.question = String(repeating: "å", count: 20_000) } == ["question": "error.tooLong"])
        #expect(Self.check { $0.question = "Hej\u{0}" } == ["question": "error.invalidCharacters"])
        #expect(Self.check { $0.email = "inte en adress" } == ["email": "error.email"])
        #expect(Self.check { $0.email = "" } == ["email": "error.inquiry.emailForAnswer"])
        #expect(Self.check { $0.channel = "phone" } == ["phone": "error.inquiry.phoneForAnswer"])
        #expect(Self.check { $0.channel = "phone"; $0.phone = "ring mig" } == ["phone": "error.phone"])
        #expect(Self.check { $0.channel = "letter" } == ["address": "error.inquiry.addressForAnswer"])
        #expect(Self.check { $0.channel = "pigeon" } == ["channel": "error.choose"])
        #expect(Self.check { $0.topic = "" } == ["topic": "error.choose"])
        #expect(Self.check { $0.name = "" } == ["name": "error.required"])
        #expect(Self.check { $0.districtID = UUID().uuidString } == ["districtID": "error.choose"])
        #expect(Self.check { $0.associationID = UUID().uuidString } == ["associationID": "error.choose"])
        #expect(Self.check { $0.receivedVia = "fax" } == ["receivedVia": "error.choose"])
    }
}
